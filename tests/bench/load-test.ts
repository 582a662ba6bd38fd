import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { PROJECT_ROOT } from '../../server/src/config.ts'

const run = promisify(execFile)

/**
 * Requests per second of one URL under load: autocannon in its own process (so it does not share the
 * server's event loop), 10 connections for `seconds`.
 * @returns average rps, p50 / p97.5 latency (ms) and the count of non-2xx answers
 */
export async function loadTest(url: string, seconds: number, headers: Record<string, string> = {}) {
  const bin = path.join(PROJECT_ROOT, 'node_modules/autocannon/autocannon.js')
  const args = [bin, '-j', '-c', '10', '-d', String(seconds), ...Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}=${v}`]), url]
  const { stdout } = await run(process.execPath, args, { maxBuffer: 16 << 20, timeout: (seconds + 30) * 1000 })
  const r = JSON.parse(stdout) as { requests: { average: number }; latency: { p50: number; p97_5: number }; non2xx: number; errors: number }
  return { rps: r.requests.average, p50: r.latency.p50, p97: r.latency.p97_5, non2xx: r.non2xx, errors: r.errors }
}
