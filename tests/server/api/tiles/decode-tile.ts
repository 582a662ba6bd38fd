import { VectorTile } from '@mapbox/vector-tile'
import { PbfReader } from 'pbf'

export interface DecodedFeature {
  type: number
  properties: Record<string, unknown>
  /** Tile-space coordinates of all rings/points. */
  geometry: { x: number; y: number }[][]
}

/** Decode an MVT buffer into `{ layerName: features }` with @mapbox/vector-tile (a real MVT reader). */
export function decodeTile(buf: Uint8Array): Record<string, { extent: number; features: DecodedFeature[] }> {
  const tile = new VectorTile(new PbfReader(buf))
  const out: Record<string, { extent: number; features: DecodedFeature[] }> = {}
  for (const [name, layer] of Object.entries(tile.layers)) {
    const features: DecodedFeature[] = []
    for (let i = 0; i < layer.length; i++) {
      const f = layer.feature(i)
      features.push({
        type: f.type,
        properties: { ...f.properties },
        geometry: f.loadGeometry().map((ring) => ring.map((p) => ({ x: p.x, y: p.y }))),
      })
    }
    out[name] = { extent: layer.extent, features }
  }
  return out
}

/** supertest parser that collects the body as bytes. */
export function binaryParser(res: NodeJS.ReadableStream & { setEncoding(e: string): void }, cb: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = []
  res.on('data', (c: Buffer) => chunks.push(c))
  res.on('end', () => cb(null, Buffer.concat(chunks)))
}
