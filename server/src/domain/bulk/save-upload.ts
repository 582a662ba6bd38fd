import { createWriteStream } from 'node:fs'
import { Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

/** The upload exceeded the size limit. */
export class UploadTooLarge extends Error {}

/**
 * Stream a request body to a file without holding it in memory, stopping at `maxBytes`.
 * @param body the request stream
 * @param path where to write
 * @param maxBytes size limit
 * @returns the number of bytes written
 * @example await saveUpload(req, '/tmp/import-1.geojson', 2 ** 31) // = 104857600
 */
export async function saveUpload(body: Readable, path: string, maxBytes: number): Promise<number> {
  let bytes = 0
  const limit = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length
      if (bytes > maxBytes) done(new UploadTooLarge(`The file is larger than ${maxBytes} bytes.`))
      else done(null, chunk)
    },
  })
  await pipeline(body, limit, createWriteStream(path))
  return bytes
}
