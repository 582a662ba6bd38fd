/**
 * Concurrency (issue 7): N editors update the same user, facility, place name and boundary line,
 * each carrying the version it read. Every update is applied or answered 409; the audit log has
 * exactly one entry per applied update; the final state equals the last applied update.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '../../server/src/auth/permissions.ts'
import type { Db } from '../../server/src/db/db.ts'
import type supertest from 'supertest'
import { createTestApp, type TestApp, type TestSession } from '../helpers/test-app.ts'
import { useSeededDb } from '../helpers/seeded-db.ts'

const EDITORS = 8
const ROUNDS = 3
const FREE_RUN_UPDATES = 4

/** One entity that editors fight over, and how to read and write it through the API. */
interface Contended {
  label: string
  role: Role
  entityType: string
  /** Creates (or finds) the entity; returns its id. */
  prepare(app: TestApp, db: Db): Promise<number>
  read(s: TestSession, id: number): Promise<{ version: number; value: string }>
  /** Sends one editor's update carrying the version it read; `value` is what read() must show after it. */
  update(s: TestSession, id: number, value: string, version: number): supertest.Test
  /** The value of the n-th update (default: the editor's label). */
  valueFor?(n: number): string
}

/** The geometry target's line as the seed stored it. */
let baseLine: [number, number][] = []

async function townshipPoint(db: Db): Promise<[number, number]> {
  const { rows } = await db.query<{ p: { coordinates: [number, number] } }>(
    "SELECT ST_AsGeoJSON(label_point)::json AS p FROM divisions WHERE level = 'township' AND label_point IS NOT NULL ORDER BY code LIMIT 1")
  return rows[0]!.p.coordinates
}

function ok(res: { status: number; text: string }, status: number, what: string): void {
  if (res.status !== status) throw new Error(`${what}: expected ${status}, got ${res.status} ${res.text.slice(0, 300)}`)
}

const TARGETS: Contended[] = [
  {
    label: 'user', role: 'admin', entityType: 'user',
    async prepare(app, db) {
      await app.createUser('contended', ['viewer'])
      return Number((await db.query<{ id: number }>("SELECT id FROM users WHERE username = 'contended'")).rows[0]!.id)
    },

    async read(s, id) {
      const res = await s.get('/api/admin/users')
      const u = (res.body.items as { id: number; version: number; display_name: string }[]).find((x) => Number(x.id) === id)!
      return { version: u.version, value: u.display_name }
    },
    update: (s, id, value, version) => s.patch(`/api/admin/users/${id}`, { display_name: value, version }),
  },
  {
    label: 'facility', role: 'planner', entityType: 'facility',
    async prepare(app, db) {
      const [lng, lat] = await townshipPoint(db)
      const s = await app.as('planner', 'fac_setup')
      const res = await s.post('/api/facilities', {
        type: 'elder_care_institution', name: '争用颐养院', address: '建设路 1 号',
        attributes: { beds: 100, occupied_beds: 50, care_levels: ['self_care'], last_inspection_result: 'pass', last_inspection_date: '2024-05-01' },
        geometry: { type: 'Point', coordinates: [lng, lat] },
      })
      ok(res, 201, 'create facility')
      return Number(res.body.id)
    },

    async read(s, id) {
      const res = await s.get(`/api/facilities/${id}`)
      return { version: res.body.properties.version, value: res.body.properties.name }
    },
    update: (s, id, value, version) => s.patch(`/api/facilities/${id}`, { name: value, version }),
  },
  {
    label: 'place name', role: 'namer', entityType: 'place_name',
    async prepare(app, db) {
      const [lng, lat] = await townshipPoint(db)
      const s = await app.as('namer', 'place_setup')
      const res = await s.post('/api/places', {
        name: '争用路', category_code: '2530', geometry: { type: 'LineString', coordinates: [[lng, lat], [lng + 0.002, lat + 0.001]] },
      })
      ok(res, 201, 'create place name')
      return Number(res.body.id)
    },

    async read(s, id) {
      const res = await s.get(`/api/places/${id}`)
      return { version: res.body.version, value: res.body.meaning ?? '' }
    },
    update: (s, id, value, version) => s.patch(`/api/places/${id}`, { meaning: value, reason: `edit ${value}`, version }),
  },
  {
    label: 'boundary line', role: 'surveyor', entityType: 'boundary_line',
    async prepare(_app, db) {
      const { rows } = await db.query<{ id: number }>('SELECT id FROM boundary_lines WHERE claim_of_line_id IS NULL ORDER BY id LIMIT 1')
      if (!rows[0]) throw new Error('The boundaries seed left no line to contend for.')
      return Number(rows[0].id)
    },

    async read(s, id) {
      const res = await s.get(`/api/boundaries/lines/${id}`)
      return { version: res.body.properties.version, value: res.body.properties.name }
    },
    update: (s, id, value, version) => s.patch(`/api/boundaries/lines/${id}`, { name: value, version }),
  },
  {
    // The survey geometry itself: each editor nudges the middle vertex north by its own few millimetres.
    label: 'boundary line geometry', role: 'surveyor', entityType: 'boundary_line',
    async prepare(_app, db) {
      const { rows } = await db.query<{ id: number; g: { coordinates: [number, number][] } }>(
        `SELECT id, ST_AsGeoJSON(geom, 8)::json AS g FROM boundary_lines
         WHERE claim_of_line_id IS NULL AND ST_NPoints(geom) >= 5 ORDER BY id DESC LIMIT 1`)
      if (!rows[0]) throw new Error('The boundaries seed left no line with an interior vertex.')
      baseLine = rows[0].g.coordinates
      return Number(rows[0].id)
    },
    async read(s, id) {
      const res = await s.get(`/api/boundaries/lines/${id}`)
      const coords = res.body.geometry.coordinates as [number, number][]
      return { version: res.body.properties.version, value: JSON.stringify(coords[Math.floor(coords.length / 2)]) }
    },
    update(s, id, value, version) {
      const [lng, lat] = JSON.parse(value) as [number, number]
      const coordinates = baseLine.map((p, i) => (i === Math.floor(baseLine.length / 2) ? [lng, lat] : p))
      return s.post(`/api/boundaries/lines/${id}/revisions`, { geometry: { type: 'LineString', coordinates }, version, reason: 'concurrency test' })
    },
    valueFor(n) {
      // ~1 cm per update (8 decimals, as survey geometry is stored): distinct, and far too small to cross a neighbour.
      const mid = baseLine[Math.floor(baseLine.length / 2)]!
      return JSON.stringify([mid[0], Number((mid[1] + n * 1e-7).toFixed(8))])
    },
  },
]

interface Outcome {
  value: string
  version: number
  status: number
}

const t = useSeededDb(['divisions', 'boundaries'])

describe.each(TARGETS.map((c) => [c.label, c] as const))('parallel editors of one %s', (_label, target) => {
  let app: TestApp
  let editors: TestSession[]
  let id: number
  let firstAuditId: number

  beforeAll(async () => {
    app = createTestApp(t.db)
    id = await target.prepare(app, t.db)
    editors = await Promise.all(Array.from({ length: EDITORS }, (_, i) => app.as(target.role, `${target.label.replace(/\W+/g, '_')}_ed${i}`)))
    firstAuditId = Number((await t.db.query<{ n: number }>('SELECT coalesce(max(id), 0) AS n FROM audit_log')).rows[0]!.n)
  })

  const outcomes: Outcome[] = []
  let sent = 0

  async function update(editor: TestSession, label: string, version: number): Promise<Outcome> {
    const value = target.valueFor?.(++sent) ?? label
    const res = await target.update(editor, id, value, version)
    if (res.status === 409) expect(res.body.type).toBe('/problems/conflict')
    const outcome = { value, version, status: res.status }
    outcomes.push(outcome)
    return outcome
  }

  it('applies exactly one of N updates carrying the same version and answers the others 409', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const reads = await Promise.all(editors.map((e) => target.read(e, id)))
      expect(new Set(reads.map((r) => r.version)).size).toBe(1)
      const results = await Promise.all(editors.map((e, i) => update(e, `r${round}e${i}`, reads[i]!.version)))
      const statuses = results.map((r) => r.status).sort()
      expect(statuses.filter((s) => s < 300)).toHaveLength(1)
      expect(statuses.filter((s) => s === 409)).toHaveLength(EDITORS - 1)
    }
  })

  it('keeps every update applied-or-409 when editors read and write freely', async () => {
    await Promise.all(editors.map(async (e, i) => {
      for (let k = 0; k < FREE_RUN_UPDATES; k++) {
        const { version } = await target.read(e, id)
        const { status } = await update(e, `free${k}e${i}`, version)
        expect([200, 201, 204, 409]).toContain(status)
      }
    }))
  })

  it('logs exactly one audit entry per applied update and ends in the state of the last applied one', async () => {
    const applied = outcomes.filter((o) => o.status < 300).sort((a, b) => a.version - b.version)
    expect(applied.length).toBeGreaterThanOrEqual(ROUNDS)
    // Each applied update carried a distinct version: no two editors both "won" the same version.
    expect(new Set(applied.map((o) => o.version)).size).toBe(applied.length)
    const { rows } = await t.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM audit_log WHERE entity_type = $1 AND entity_id = $2 AND id > $3',
      [target.entityType, String(id), firstAuditId])
    expect(rows[0]!.n).toBe(applied.length)
    const final = await target.read(editors[0]!, id)
    expect(final.value).toBe(applied.at(-1)!.value)
    expect(final.version).toBe(applied.at(-1)!.version + 1)
  })
})
