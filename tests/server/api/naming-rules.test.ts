import { beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp, type TestSession } from '../../helpers/test-app.ts'
import { TEST_ENGINE, useTestDb } from '../../helpers/test-db.ts'

const WENQUAN = '421202001000'

describe(`naming rule sets API (${TEST_ENGINE})`, () => {
  const t = useTestDb({ seed: 'divisions' })
  let app: TestApp
  let admin: TestSession
  let namer: TestSession

  beforeAll(async () => {
    app = createTestApp(t.db)
    admin = await app.as('admin')
    namer = await app.as('namer')
    const { rows } = await t.db.query<{ x: number; y: number }>(`SELECT ST_X(p) AS x, ST_Y(p) AS y FROM (SELECT ST_PointOnSurface(geom) AS p FROM divisions WHERE code = $1) s`, [WENQUAN])
    const { x, y } = rows[0]!
    await namer.post('/api/places', { name: '桂花路', category_code: '2530', geometry: { type: 'LineString', coordinates: [[x, y], [x + 0.003, y]] }, source: 'test' })
  })

  it('lists the shipped rule sets with their versions', async () => {
    const res = await namer.get('/api/naming/rule-sets')
    expect(res.status).toBe(200)
    expect(res.body.items.map((s: { rule_set_id: string }) => s.rule_set_id).sort()).toEqual(['cn-421200', 'cn-national'])
    const city = res.body.items.find((s: { rule_set_id: string }) => s.rule_set_id === 'cn-421200')
    expect(city.effective_rules.find((r: { id: string }) => r.id === 'dup.same-name')).toMatchObject({ inherited: true, severity: 'block' })
    const one = await namer.get('/api/naming/rule-sets/cn-national')
    expect(one.body).toMatchObject({ rule_set_version: 1, versions: [{ rule_set_version: 1 }] })
    expect(one.body.body.rules.length).toBeGreaterThan(10)
  })

  it('lets only an admin store a new version, and the checks follow it at once', async () => {
    const current = (await admin.get('/api/naming/rule-sets/cn-421200')).body
    const edited = { ...current.body, rules: [{ id: 'sound.homophone', check: 'homophone', severity: 'block', article: '《咸宁市地名管理办法》：同一城区内不得同音', title_zh: '同音', title_en: 'Homophone' }] }
    expect((await namer.put('/api/naming/rule-sets/cn-421200', { rule_set: edited, based_on_version: 1, change_note: '同音改为阻止' })).status).toBe(403)
    const before = await namer.post('/api/naming/check', { name: '贵华路', category_code: '2530', division_code: WENQUAN })
    expect(before.body.blocked).toBe(false)
    const saved = await admin.put('/api/naming/rule-sets/cn-421200', { rule_set: edited, based_on_version: 1, change_note: '同音改为阻止' })
    expect(saved.status).toBe(201)
    expect(saved.body).toEqual({ rule_set_id: 'cn-421200', rule_set_version: 2 })
    const after = await namer.post('/api/naming/check', { name: '贵华路', category_code: '2530', division_code: WENQUAN })
    expect(after.body).toMatchObject({ blocked: true, rule_set: { id: 'cn-421200', version: 2 } })
    expect(after.body.findings[0]).toMatchObject({ rule_id: 'sound.homophone', severity: 'block', article: '《咸宁市地名管理办法》：同一城区内不得同音' })
  })

  it('refuses an edit based on an old version', async () => {
    const current = (await admin.get('/api/naming/rule-sets/cn-421200')).body
    const res = await admin.put('/api/naming/rule-sets/cn-421200', { rule_set: current.body, based_on_version: 1, change_note: '旧版本上修改' })
    expect(res.status).toBe(409)
    expect(res.body.current.rule_set_version).toBe(2)
  })

  it('refuses an invalid rule set, naming each problem, and stores nothing', async () => {
    const current = (await admin.get('/api/naming/rule-sets/cn-421200')).body
    const broken = { ...current.body, rules: [{ id: 'x.bad', check: 'astrology', severity: 'fatal', article: 'a', title_zh: 't', title_en: 't' }] }
    const res = await admin.put('/api/naming/rule-sets/cn-421200', { rule_set: broken, based_on_version: 2, change_note: '坏规则' })
    expect(res.status).toBe(400)
    expect(res.body.errors.map((e: { parameter: string }) => e.parameter)).toContain('body.rule_set.rules.0.severity')
    const params = { ...current.body, rules: [{ id: 'form.max-length', check: 'max_length', severity: 'block', article: 'a', title_zh: 't', title_en: 't', params: { max_chars: 'ten' } }] }
    const bad = await admin.put('/api/naming/rule-sets/cn-421200', { rule_set: params, based_on_version: 2, change_note: '坏参数' })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].parameter).toBe('body.rule_set.rules.0.params.max_chars')
    expect((await admin.get('/api/naming/rule-sets/cn-421200')).body.rule_set_version).toBe(2)
  })
})

describe(`reserved names API (${TEST_ENGINE})`, () => {
  const t = useTestDb({ seed: 'divisions' })
  let app: TestApp
  let namer: TestSession

  beforeAll(async () => {
    app = createTestApp(t.db)
    namer = await app.as('namer')
  })

  it('reserves a planned name, which then blocks proposals of it, and releases it', async () => {
    const res = await namer.post('/api/naming/reserved', { name: '金桂大道', category_code: '2530', division_code: WENQUAN, reason: '高新区规划储备' })
    expect(res.status).toBe(201)
    const check = await namer.post('/api/naming/check', { name: '金桂大道', category_code: '2530', division_code: WENQUAN, width_m: 50 })
    expect(check.body.findings[0]).toMatchObject({ rule_id: 'dup.same-name', severity: 'block', related: [{ status: 'reserved' }] })
    expect((await namer.get('/api/naming/reserved')).body.items.map((r: { name: string }) => r.name)).toEqual(['金桂大道'])
    expect((await namer.delete(`/api/naming/reserved/${res.body.id}`)).status).toBe(204)
    expect((await namer.post('/api/naming/check', { name: '金桂大道', category_code: '2530', division_code: WENQUAN, width_m: 50 })).body.blocked).toBe(false)
  })

  it('refuses to reserve a blocked name and stores nothing', async () => {
    const res = await namer.post('/api/naming/reserved', { name: '纽约路', category_code: '2530', division_code: WENQUAN, reason: 'x' })
    expect(res.status).toBe(422)
    expect((await namer.get('/api/naming/reserved')).body.items).toEqual([])
  })
})
