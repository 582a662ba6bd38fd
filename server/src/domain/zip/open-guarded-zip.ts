import JSZip from 'jszip'
import type { ZipLimits } from './zip-limits.ts'
import { ReasonZipRatioTooHigh, ReasonZipSizeMismatch, ReasonZipTooLarge, ReasonZipTooManyEntries, ZipRefused } from './zip-refused.ts'

/** Sizes JSZip read from the central directory (its CompressedObject, not in its public types). */
interface DeclaredSizes {
  compressedSize: number
  uncompressedSize: number
}

/** An archive whose central directory passed the limits; entries inflate within the same limits. */
export interface GuardedZip {
  /** The entries that hold data (folders left out), in archive order. */
  entries: JSZip.JSZipObject[]
  /** Inflates one entry into memory; throws `ZipRefused` as soon as a limit is passed. */
  read(entry: JSZip.JSZipObject): Promise<Buffer>
  /** Inflates one entry and drops the bytes (a pre-pass); returns its inflated size. */
  drain(entry: JSZip.JSZipObject): Promise<number>
}

function declaredSizes(entry: JSZip.JSZipObject): DeclaredSizes | null {
  const data = (entry as unknown as { _data?: Partial<DeclaredSizes> })._data
  if (typeof data?.compressedSize !== 'number' || typeof data.uncompressedSize !== 'number') return null
  return { compressedSize: data.compressedSize, uncompressedSize: data.uncompressedSize }
}

/** JSZip's chunked inflater (public on every entry, missing from its types). */
type StreamHelper = JSZip.JSZipStreamHelper<Uint8Array>

/** Inflate an entry chunk by chunk (16 KiB of input each); a throwing `onChunk` pauses the inflater and rejects. */
function streamEntry(entry: JSZip.JSZipObject, onChunk: (chunk: Uint8Array) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const helper = (entry as unknown as { internalStream(type: 'uint8array'): StreamHelper }).internalStream('uint8array')
    helper
      .on('data', (chunk) => {
        try {
          onChunk(chunk)
        } catch (err) {
          helper.pause()
          reject(err)
        }
      })
      .on('error', reject)
      .on('end', () => resolve())
      .resume()
  })
}

const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`

function checkRatio(name: string, inflated: number, compressed: number, limits: ZipLimits): void {
  if (inflated <= limits.ratioFloorBytes) return
  const ratio = inflated / Math.max(compressed, 1)
  if (ratio > limits.maxRatio) {
    throw new ZipRefused(ReasonZipRatioTooHigh, `The archive entry "${name}" inflates more than ${limits.maxRatio}:1 (${mib(inflated)} from ${compressed} bytes): refused as a zip bomb.`)
  }
}

function tooLarge(bytes: number, limits: ZipLimits): ZipRefused {
  return new ZipRefused(ReasonZipTooLarge, `The archive inflates to more than ${mib(limits.maxTotalBytes)} (at least ${mib(bytes)}): refused.`)
}

/**
 * Open a zip archive without trusting it: the central directory is checked (entry count, declared
 * total size, declared ratio per entry) before anything is inflated, and every read counts the bytes
 * the inflater really produces, stopping at the first chunk past a limit (declared sizes can lie).
 * @param bytes the archive
 * @param limits the limits (config `zipLimits`)
 * @returns the guarded archive; throws `ZipRefused` over a limit, JSZip's error when it is not a zip
 * @example const z = await openGuardedZip(bytes, DefaultBulkZipLimits); await z.read(z.entries[0]!) // = <Buffer …>
 */
export async function openGuardedZip(bytes: Uint8Array, limits: ZipLimits): Promise<GuardedZip> {
  // loadAsync reads the central directory only; entries inflate lazily, on read.
  const zip = await JSZip.loadAsync(bytes)
  const all = Object.values(zip.files)
  if (all.length > limits.maxEntries) {
    throw new ZipRefused(ReasonZipTooManyEntries, `The archive has ${all.length} entries; at most ${limits.maxEntries} are accepted.`)
  }
  const entries = all.filter((e) => !e.dir)
  let declaredTotal = 0
  for (const e of entries) {
    const declared = declaredSizes(e)
    if (!declared) continue
    declaredTotal += declared.uncompressedSize
    checkRatio(e.name, declared.uncompressedSize, declared.compressedSize, limits)
  }
  if (declaredTotal > limits.maxTotalBytes) throw tooLarge(declaredTotal, limits)

  let inflatedTotal = 0
  async function inflate(entry: JSZip.JSZipObject, keep: boolean): Promise<{ size: number; chunks: Uint8Array[] }> {
    const declared = declaredSizes(entry)
    const chunks: Uint8Array[] = []
    let size = 0
    await streamEntry(entry, (chunk) => {
      size += chunk.length
      inflatedTotal += chunk.length
      if (declared && size > declared.uncompressedSize) {
        throw new ZipRefused(ReasonZipSizeMismatch, `The archive entry "${entry.name}" inflates past the ${declared.uncompressedSize} bytes its directory declares: refused.`)
      }
      if (declared) checkRatio(entry.name, size, declared.compressedSize, limits)
      if (inflatedTotal > limits.maxTotalBytes) throw tooLarge(inflatedTotal, limits)
      if (keep) chunks.push(chunk)
    })
    return { size, chunks }
  }
  return {
    entries,
    read: async (entry) => {
      const { size, chunks } = await inflate(entry, true)
      return Buffer.concat(chunks, size)
    },
    drain: async (entry) => (await inflate(entry, false)).size,
  }
}
