import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { BadImportFile } from '../../../../../server/src/domain/bulk/bad-import-file.ts'
import { oneFeaturePerLine, readGeojson } from '../../../../../server/src/domain/bulk/readers/read-geojson.ts'

// The GeoJSON reader takes a fast path for files written one feature per line (ogr2ogr, QGIS) and the
// streaming parser for every other layout; both must read exactly the same records, and a broken file
// must be refused whichever path found it.

const dir = mkdtempSync(path.join(tmpdir(), 'read-geojson-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const features = Array.from({ length: 25 }, (_, i) => ({
  type: 'Feature', properties: { name: `桂花${i}路`, n: i, note: i % 5 ? null : '含,逗号 ] 和 } 与 "引号"' },
  geometry: { type: 'Point', coordinates: [114 + i / 100, 29.8 + i / 100] },
}))

function file(name: string, text: string): string {
  const p = path.join(dir, name)
  writeFileSync(p, text)
  return p
}

async function readAll(p: string) {
  let bytes = 0
  const out = []
  for await (const r of readGeojson(p, (n) => { bytes += n }).records) out.push(r)
  return { records: out, bytes }
}

const expected = features.map((f, i) => ({ row: i + 1, properties: f.properties, geometry: f.geometry }))
const lines = (fs: unknown[]) => fs.map((f) => JSON.stringify(f)).join(',\n')

describe('readGeojson', () => {
  it.each([
    ['one feature per line, name and crs members first, CRLF and a BOM', `\uFEFF{\r\n"type": "FeatureCollection",\r\n"name": "places",\r\n"crs": { "type": "name", "properties": { "name": "urn:ogc:def:crs:OGC:1.3:CRS84" } },\r\n"features": [\r\n${lines(features).replace(/\n/g, '\r\n')}\r\n]\r\n}\r\n`],
    ['one feature per line, compact opening', `{"type":"FeatureCollection","features":[\n${lines(features)}\n]}\n`],
    ['everything on one line', JSON.stringify({ type: 'FeatureCollection', features })],
    ['pretty-printed (a feature over many lines)', JSON.stringify({ type: 'FeatureCollection', features }, null, 2)],
    ['members after the features', `{"type":"FeatureCollection","features":[\n${lines(features)}\n],\n"bbox":[114,29.8,114.3,30.1]}\n`],
    ['commas at the start of lines', `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join('\n,')}\n]}`],
  ])('reads every feature once, in order: %s', async (_name, text) => {
    const p = file(`ok-${Math.random()}.geojson`, text)
    const { records, bytes } = await readAll(p)
    expect(records).toEqual(expected)
    expect(bytes).toBe(statSync(p).size)
  })

  it('takes the line-by-line path for one feature per line and leaves other layouts to the streaming parser', async () => {
    const count = async (p: string) => {
      let n = 0
      for await (const _f of oneFeaturePerLine(p)) n++
      return n
    }
    expect(await count(file('fast.geojson', `{"type":"FeatureCollection","features":[\n${lines(features)}\n]}\n`))).toBe(features.length)
    await expect(count(file('pretty.geojson', JSON.stringify({ type: 'FeatureCollection', features }, null, 2)))).rejects.toThrow()
  })

  it.each([
    ['a comma after the last feature', `{"type":"FeatureCollection","features":[\n${lines(features)},\n]}\n`],
    ['a missing comma between two features', `{"type":"FeatureCollection","features":[\n${lines(features.slice(0, 3))}\n${lines(features.slice(3))}\n]}\n`],
    ['a feature cut short half-way', `{"type":"FeatureCollection","features":[\n${lines(features.slice(0, 10))},\n{"type":"Feature","properties":{"name":"断"\n]}\n`],
    ['no closing bracket', `{"type":"FeatureCollection","features":[\n${lines(features)}\n`],
  ])('refuses %s as not parseable, whichever reader finds it', async (_name, text) => {
    const p = file(`bad-${Math.random()}.geojson`, text)
    const err = await readAll(p).then(() => null, (e: unknown) => e)
    expect(err).toBeInstanceOf(BadImportFile)
    expect((err as BadImportFile).reason).toBe('not_parseable')
  })

  it.skipIf(!existsSync('/usr/bin/ogr2ogr'))('reads the one-feature-per-line layout ogr2ogr writes (the fast path)', async () => {
    const src = file('src.geojson', JSON.stringify({ type: 'FeatureCollection', features }, null, 2))
    const out = path.join(dir, 'ogr.geojson')
    execFileSync('ogr2ogr', ['-f', 'GeoJSON', out, src])
    const text = readFileSync(out, 'utf8')
    expect(text.split('\n').filter((l) => l.startsWith('{ "type": "Feature"'))).toHaveLength(features.length)
    // The fast path reads it to the end without falling back.
    let fast = 0
    for await (const _f of oneFeaturePerLine(out)) fast++
    expect(fast).toBe(features.length)
    const { records } = await readAll(out)
    expect(records.map((r) => r.properties.name)).toEqual(features.map((f) => f.properties.name))
    records.forEach((r, i) => {
      const [x, y] = (r.geometry as { coordinates: number[] }).coordinates
      expect(x).toBeCloseTo(features[i]!.geometry.coordinates[0]!, 9)
      expect(y).toBeCloseTo(features[i]!.geometry.coordinates[1]!, 9)
    })
  })
})
