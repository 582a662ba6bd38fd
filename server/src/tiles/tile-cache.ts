/**
 * A small least-recently-used cache of encoded tiles, bounded by total bytes. Keys carry the layer's
 * data version, so a write never serves a stale tile: old entries simply age out.
 */
export class TileCache {
  private readonly entries = new Map<string, Uint8Array>()
  private bytes = 0

  constructor(private readonly maxBytes: number) {}

  /** The cached tile, refreshed as most recently used; undefined when absent. */
  get(key: string): Uint8Array | undefined {
    const tile = this.entries.get(key)
    if (tile) {
      this.entries.delete(key)
      this.entries.set(key, tile)
    }
    return tile
  }

  /** Store a tile, evicting the least recently used ones beyond the byte budget. */
  set(key: string, tile: Uint8Array): void {
    if (tile.byteLength > this.maxBytes) return
    const old = this.entries.get(key)
    if (old) {
      this.bytes -= old.byteLength
      this.entries.delete(key)
    }
    this.entries.set(key, tile)
    this.bytes += tile.byteLength
    for (const [k, v] of this.entries) {
      if (this.bytes <= this.maxBytes) break
      this.entries.delete(k)
      this.bytes -= v.byteLength
    }
  }

  /** Total bytes held (for tests and metrics). */
  get size(): number {
    return this.bytes
  }
}
