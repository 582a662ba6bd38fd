import { once } from 'node:events'
import type { Writable } from 'node:stream'

/**
 * Write a chunk and wait for 'drain' when the stream's buffer is full (backpressure), so a million
 * features stream out with flat memory.
 * @example await writeChunk(res, '{"type":"FeatureCollection"')
 */
export async function writeChunk(out: Writable, chunk: string | Uint8Array): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain')
}
