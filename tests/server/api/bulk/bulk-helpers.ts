import { expect } from 'vitest'
import type { TestSession } from '../../../helpers/test-app.ts'

/** Upload a file to the import endpoint and wait for its job to finish; returns the final job. */
export async function importFile(s: TestSession, body: Buffer | string, query: Record<string, string>) {
  const qs = new URLSearchParams(query).toString()
  const started = await s.agent.post(`/api/bulk/imports?${qs}`).set('X-CSRF-Token', s.csrf)
    .set('Content-Type', 'application/octet-stream').send(Buffer.isBuffer(body) ? body : Buffer.from(body))
  expect(started.status, started.text).toBe(202)
  expect(started.headers.location).toBe(`/api/bulk/imports/${started.body.id}`)
  for (let i = 0; i < 600; i++) {
    const job = await s.get(started.headers.location as string)
    if (job.body.status !== 'running') return job.body
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error('import did not finish')
}

/** A FeatureCollection text from [properties, geometry] pairs. */
export function featureCollection(features: [Record<string, unknown>, unknown][]): string {
  return JSON.stringify({ type: 'FeatureCollection', features: features.map(([properties, geometry]) => ({ type: 'Feature', properties, geometry })) })
}
