import { execFile } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Feature } from 'geojson'
import JSZip from 'jszip'
import { writeGeojson } from './write-geojson.ts'

const run = promisify(execFile)

/** Geometry families of a Shapefile: one .shp per family, as the format allows one type per file. */
const FAMILIES: Record<string, string> = {
  Point: 'point', MultiPoint: 'point', LineString: 'line', MultiLineString: 'line', Polygon: 'polygon', MultiPolygon: 'polygon',
}

/**
 * Write features as a GeoPackage or a zipped Shapefile with GDAL's `ogr2ogr` (Debian gdal-bin):
 * features are streamed to GeoJSON files in `dir` first (one per geometry family for Shapefile),
 * then converted; Shapefile text is UTF-8 with a .cpg so Chinese survives.
 * @param features the features
 * @param format 'gpkg' or 'shapefile'
 * @param layer layer / file base name
 * @param dir an empty scratch directory the caller removes afterwards
 * @returns the path of the .gpkg or .zip produced
 * @example await writeWithOgr(features, 'gpkg', 'divisions', '/tmp/x') // = '/tmp/x/divisions.gpkg'
 */
export async function writeWithOgr(features: AsyncIterable<Feature>, format: 'gpkg' | 'shapefile', layer: string, dir: string): Promise<string> {
  if (format === 'gpkg') {
    const src = path.join(dir, `${layer}.geojson`)
    const out = createWriteStream(src)
    await writeGeojson(features, out)
    await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())))
    const gpkg = path.join(dir, `${layer}.gpkg`)
    await run('ogr2ogr', ['-f', 'GPKG', gpkg, src, '-nln', layer, '-lco', 'SPATIAL_INDEX=YES'], { timeout: 30 * 60_000 })
    return gpkg
  }
  const streams = new Map<string, { out: ReturnType<typeof createWriteStream>; n: number }>()
  for await (const f of features) {
    const family = f.geometry ? FAMILIES[f.geometry.type] : 'point'
    if (!family) continue
    let s = streams.get(family)
    if (!s) {
      s = { out: createWriteStream(path.join(dir, `${layer}_${family}.geojson`)), n: 0 }
      s.out.write('{"type":"FeatureCollection","features":[\n')
      streams.set(family, s)
    }
    if (!s.out.write((s.n++ ? ',\n' : '') + JSON.stringify(f))) await new Promise<void>((r) => s!.out.once('drain', () => r()))
  }
  const shpDir = path.join(dir, 'shp')
  await mkdir(shpDir)
  for (const [family, s] of streams) {
    await new Promise<void>((resolve, reject) => s.out.end('\n]}\n', (err?: Error | null) => (err ? reject(err) : resolve())))
    const name = streams.size === 1 ? layer : `${layer}_${family}`
    await run('ogr2ogr', ['-f', 'ESRI Shapefile', path.join(shpDir, `${name}.shp`), path.join(dir, `${layer}_${family}.geojson`), '-nln', name, '-lco', 'ENCODING=UTF-8'], { timeout: 30 * 60_000 })
  }
  const zip = new JSZip()
  for (const file of await readdir(shpDir)) zip.file(file, await readFile(path.join(shpDir, file)))
  const zipPath = path.join(dir, `${layer}.zip`)
  await writeFile(zipPath, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }))
  return zipPath
}
