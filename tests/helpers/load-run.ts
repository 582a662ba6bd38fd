import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { PROJECT_ROOT } from '../../server/src/config.ts'

const run = promisify(execFile)

/** Public read endpoints that carry the map and search (issue 7 "items, tiles and search"). */
export const LOAD_TARGETS = [
  { name: 'divisions GeoJSON (townships)', path: '/api/divisions/geojson?level=township' },
  { name: 'OGC items (divisions)', path: '/ogc/collections/divisions/items?limit=50' },
  { name: 'OGC items (place names, bbox)', path: '/ogc/collections/place_names/items?bbox=114.2,29.8,114.4,29.9&limit=100' },
  { name: 'vector tile (townships)', path: '/tiles/divisions_township/10/837/423.pbf' },
  { name: 'place-name search', path: `/api/places?q=${encodeURIComponent('咸安')}` },
] as const

export interface LoadResult {
  name: string
  path: string
  connections: number
  seconds: number
  requests: number
  rps: number
  p50: number
  p99: number
  max: number
  non2xx: number
  errors: number
  timeouts: number
}

/**
 * Runs autocannon in its own process (so it does not share the server's event loop) against one URL.
 * @example await loadRun('http://localhost:8080', LOAD_TARGETS[0], 20, 3) // = { requests: 812, non2xx: 0, errors: 0, … }
 */
export async function loadRun(baseUrl: string, target: { name: string; path: string }, connections: number, seconds: number, timeoutSeconds = 30): Promise<LoadResult> {
  const bin = path.join(PROJECT_ROOT, 'node_modules/autocannon/autocannon.js')
  const args = [bin, '-j', '-c', String(connections), '-d', String(seconds), '-t', String(timeoutSeconds), `${baseUrl}${target.path}`]
  const { stdout } = await run(process.execPath, args, { maxBuffer: 64 << 20, timeout: (seconds + 60) * 1000 })
  const r = JSON.parse(stdout) as {
    requests: { average: number; total: number }; latency: { p50: number; p99: number; max: number }
    non2xx: number; errors: number; timeouts: number
  }
  return {
    name: target.name, path: target.path, connections, seconds, requests: r.requests.total, rps: r.requests.average,
    p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max, non2xx: r.non2xx, errors: r.errors, timeouts: r.timeouts,
  }
}

/** Resident memory of a process in MiB (Linux /proc), or null elsewhere. */
export function residentMiB(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Math.round(Number(m[1]) / 1024) : null
  } catch {
    return null
  }
}
