import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp, type TestSession } from '../../helpers/test-app.ts'
import { TEST_ENGINE, useTestDb } from '../../helpers/test-db.ts'

const WENQUAN = '421202001000'

describe(`naming workflow API (${TEST_ENGINE})`, () => {
  const t = useTestDb({ seed: 'divisions' })
  let app: TestApp
  let namer: TestSession
  let approver: TestSession
  let cx = 0
  let cy = 0
  /** A short east–west line inside 温泉街道, shifted by `dy` so features do not overlap. */
  const line = (dy: number, dx = 0) => ({ type: 'LineString' as const, coordinates: [[cx + dx - 0.003, cy + dy], [cx + dx + 0.003, cy + dy]] })
  const count = async (table: string) => (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n
  const today = async () => (await t.db.query<{ d: string }>(`SELECT ((now() AT TIME ZONE 'Asia/Shanghai')::date)::text AS d`)).rows[0]!.d
  const daysFrom = async (n: number) => (await t.db.query<{ d: string }>(`SELECT (((now() AT TIME ZONE 'Asia/Shanghai')::date) + $1::int)::text AS d`, [n])).rows[0]!.d

  beforeAll(async () => {
    app = createTestApp(t.db)
    namer = await app.as('namer')
    approver = await app.as('approver')
    const { rows } = await t.db.query<{ x: number; y: number }>(`SELECT ST_X(p) AS x, ST_Y(p) AS y FROM (SELECT ST_PointOnSurface(geom) AS p FROM divisions WHERE code = $1) s`, [WENQUAN])
    cx = rows[0]!.x
    cy = rows[0]!.y
    const res = await namer.post('/api/places', { name: '桂花路', category_code: '2530', geometry: line(0), source: 'test: NBS community 桂花路社区' })
    expect(res.status).toBe(201)
  })

  describe('POST /api/naming/check', () => {
    it('blocks a duplicate in the county and cites the article', async () => {
      const res = await namer.post('/api/naming/check', { name: '桂花路', category_code: '2530', geometry: line(0.002) })
      expect(res.status).toBe(200)
      expect(res.body).toMatchObject({ blocked: true, division: { code: WENQUAN }, rule_set: { id: 'cn-421200' }, scope: { level: 'county', division_prefix: '421202' } })
      expect(res.body.findings[0]).toMatchObject({ rule_id: 'dup.same-name', severity: 'block', related: [{ name: '桂花路', status: 'approved' }] })
      expect(res.body.findings[0].article).toContain('地名管理条例')
    })

    it('flags a homophone for review and passes a clean name', async () => {
      const homophone = await namer.post('/api/naming/check', { name: '贵华路', category_code: '2530', division_code: WENQUAN })
      expect(homophone.body.blocked).toBe(false)
      expect(homophone.body.findings.map((f: { rule_id: string }) => f.rule_id)).toEqual(['sound.homophone'])
      const clean = await namer.post('/api/naming/check', { name: '丹枫路', category_code: '2530', division_code: WENQUAN })
      expect(clean.body).toMatchObject({ blocked: false, findings: [], pinyin: 'Danfeng Lu' })
    })

    it('refuses a check without a place and a 200-character name', async () => {
      expect((await namer.post('/api/naming/check', { name: '丹枫路', category_code: '2530' })).status).toBe(400)
      expect((await namer.post('/api/naming/check', { name: '枫'.repeat(200), category_code: '2530', division_code: WENQUAN })).status).toBe(400)
    })

    it('needs a login', async () => {
      expect((await app.anon.post('/api/naming/check').send({ name: '丹枫路', category_code: '2530', division_code: WENQUAN })).status).toBe(401)
    })
  })

  let proposalId = 0
  let batchId = 0

  describe('proposals and notice', () => {
    it('refuses a proposal with a blocked name and stores nothing', async () => {
      const before = await count('naming_proposals')
      const res = await namer.post('/api/naming/proposals', { kind: 'new', category_code: '2530', geometry: line(0.004), reason: '新建道路',
        candidates: [{ name: '桂花路' }, { name: '丹枫路' }] })
      expect(res.status).toBe(422)
      expect(res.body.candidates[0]).toMatchObject({ name: '桂花路', blocked: true })
      expect(res.body.errors[0]).toMatchObject({ parameter: 'body.candidates.0.name' })
      expect(await count('naming_proposals')).toBe(before)
    })

    it('stores a clean proposal with its findings and division', async () => {
      const res = await namer.post('/api/naming/proposals', { kind: 'new', category_code: '2530', geometry: line(0.004), reason: '新建道路需命名',
        location_description: '东起温泉路，西至丹桂街', width_m: 24, candidates: [{ name: '丹枫路', meaning: '沿线遍植枫树' }, { name: '银枫路' }] })
      expect(res.status).toBe(201)
      expect(res.body).toMatchObject({ status: 'submitted', division_code: WENQUAN, candidates: [{ name: '丹枫路', pinyin: 'Danfeng Lu', rank: 1 }, { name: '银枫路' }] })
      proposalId = res.body.id
    })

    it('refuses a batch that ends before it starts, storing nothing', async () => {
      const before = await count('notice_batches')
      const res = await namer.post('/api/notices', { title: '道路命名公示', starts_on: '2025-06-10', ends_on: '2025-06-01', proposal_ids: [proposalId] })
      expect(res.status).toBe(400)
      expect(res.body.errors[0].parameter).toBe('body.ends_on')
      expect(await count('notice_batches')).toBe(before)
    })

    it('creates a 7-day batch by default and publishes it; the names become reserved', async () => {
      const start = await today()
      const res = await namer.post('/api/notices', { title: '温泉街道新建道路命名公示', starts_on: start, proposal_ids: [proposalId] })
      expect(res.status).toBe(201)
      expect(res.body).toMatchObject({ starts_on: start, ends_on: await daysFrom(6), status: 'draft', proposal_count: 1 })
      batchId = res.body.id
      expect((await app.anon.get(`/api/public/notices/${batchId}`)).status).toBe(404)
      expect((await namer.post(`/api/notices/${batchId}/publish`, { version: 1 })).status).toBe(204)
      const again = await namer.post('/api/naming/check', { name: '丹枫路', category_code: '2530', division_code: WENQUAN })
      expect(again.body.findings[0]).toMatchObject({ rule_id: 'dup.same-name', severity: 'block', related: [{ status: 'in_notice' }] })
    })

    it('shows the public page without login and takes a moderated opinion', async () => {
      const page = await app.anon.get(`/api/public/notices/${batchId}`)
      expect(page.status).toBe(200)
      expect(page.body).toMatchObject({ is_open: true, items: [{ proposal_id: proposalId, candidates: [{ name: '丹枫路' }, { name: '银枫路' }] }] })
      expect(page.body.items[0].candidates[0].findings).toBeUndefined()
      expect(page.body.features.features[0].geometry.type).toBe('LineString')
      const posted = await app.anon.post(`/api/public/notices/${batchId}/opinions`).set('User-Agent', 'resident-1')
        .send({ proposal_id: proposalId, body: '赞成，枫树是本地特色。', stance: 'support', author_name: '居民' })
      expect(posted.status).toBe(201)
      expect(posted.body.status).toBe('pending')
      expect((await app.anon.get(`/api/public/notices/${batchId}`)).body.opinions).toEqual([])
      expect((await namer.post(`/api/notices/${batchId}/opinions/${posted.body.id}/moderate`, { status: 'published', version: 1 })).status).toBe(204)
      expect((await app.anon.get(`/api/public/notices/${batchId}`)).body.opinions[0]).toMatchObject({ body: '赞成，枫树是本地特色。', stance: 'support' })
    })

    it('rate-limits opinions per client and refuses an empty one', async () => {
      expect((await app.anon.post(`/api/public/notices/${batchId}/opinions`).set('User-Agent', 'spammer').send({ body: '' })).status).toBe(400)
      const statuses = []
      for (let i = 0; i < 6; i++) statuses.push((await app.anon.post(`/api/public/notices/${batchId}/opinions`).set('User-Agent', 'spammer').send({ body: `意见${i}` })).status)
      expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
    })
  })

  describe('decision and announcement', () => {
    it('refuses a decision while the notice runs, and a namer deciding at all', async () => {
      const body = { outcome: 'approved', candidate_id: 1, document_number: '咸政地〔2025〕1号', decided_on: await today(), approval_authority: '咸宁市人民政府', version: 2 }
      expect((await namer.post(`/api/naming/proposals/${proposalId}/decision`, body)).status).toBe(403)
      const res = await approver.post(`/api/naming/proposals/${proposalId}/decision`, body)
      expect(res.status).toBe(409)
      expect(res.body.detail).toContain('notice runs until')
    })

    it('approves after the notice: the name becomes standard with its 文号, on the map and findable by initials', async () => {
      // Time passes: the notice is recorded as having run over the last seven days.
      const batch = (await namer.get(`/api/notices/${batchId}`)).body
      expect((await namer.patch(`/api/notices/${batchId}`, { starts_on: await daysFrom(-8), ends_on: await daysFrom(-2), version: batch.version, reason: '公示期按纸质公告更正' })).status).toBe(204)
      const proposal = (await namer.get(`/api/naming/proposals/${proposalId}`)).body
      const candidate = proposal.candidates.find((c: { name: string }) => c.name === '丹枫路')
      const res = await approver.post(`/api/naming/proposals/${proposalId}/decision`, { outcome: 'approved', candidate_id: candidate.id,
        document_number: '咸政地〔2025〕1号', decided_on: await daysFrom(-1), approval_authority: '咸宁市人民政府', version: proposal.version })
      expect(res.status).toBe(201)
      expect(res.body).toMatchObject({ outcome: 'approved', name: '丹枫路', filing_due_on: await daysFrom(29), announcement_due_on: await daysFrom(14), filing_overdue: false })
      const place = (await app.anon.get(`/api/places/${res.body.place_id}`)).body
      expect(place).toMatchObject({ name: '丹枫路', status: 'approved', document_number: '咸政地〔2025〕1号', approval_authority: '咸宁市人民政府', meaning: '沿线遍植枫树' })
      const found = await app.anon.get('/api/places').query({ q: 'dfl' })
      expect(found.body.items[0].name).toBe('丹枫路')
      const roads = JSON.parse((await app.anon.get('/api/places/roads')).text)
      expect(roads.features.some((f: { properties: { name: string } }) => f.properties.name === '丹枫路')).toBe(true)
      const rejected = await namer.post('/api/naming/check', { name: '银枫路', category_code: '2530', division_code: WENQUAN })
      expect(rejected.body.findings[0]).toMatchObject({ rule_id: 'dup.same-name', severity: 'review', related: [{ status: 'rejected' }] })
      expect((await namer.get(`/api/notices/${batchId}`)).body.status).toBe('closed')
    })

    it('publishes the announcement with the mandatory fields, also as XLSX', async () => {
      const pending = (await approver.get('/api/naming/decisions?pending_announcement=true')).body.items
      expect(pending).toHaveLength(1)
      const res = await approver.post('/api/naming/announcements', { title: '咸宁市人民政府关于温泉街道新建道路命名的公告', document_number: '咸政告〔2025〕3号',
        approval_authority: '咸宁市人民政府', published_on: await today(), decision_ids: [pending[0].id] })
      expect(res.status).toBe(201)
      expect(res.body.items[0]).toMatchObject({ name: '丹枫路', pinyin: 'Danfeng Lu', county_name: '咸安区', township_name: '温泉街道',
        location_description: '东起温泉路，西至丹桂街', approval_authority: '咸宁市人民政府', document_number: '咸政地〔2025〕1号' })
      const again = await approver.post('/api/naming/announcements', { title: 'x', document_number: 'y', approval_authority: 'z', published_on: await today(), decision_ids: [pending[0].id] })
      expect(again.status).toBe(409)
      const xlsx = await app.anon.get(`/api/naming/announcements/${res.body.id}/xlsx`).buffer(true).parse((r, cb) => {
        const chunks: Buffer[] = []
        r.on('data', (c: Buffer) => chunks.push(c))
        r.on('end', () => cb(null, Buffer.concat(chunks)))
      })
      expect(xlsx.headers['content-type']).toContain('spreadsheetml')
      const book = new ExcelJS.Workbook()
      await book.xlsx.load(xlsx.body as ArrayBuffer)
      const sheet = book.getWorksheet('公告')!
      expect(sheet.getRow(2).values).toContain('标准名称')
      expect(sheet.getRow(3).values).toContain('丹枫路')
    })
  })

  describe('rename and extension', () => {
    it('renames a road, keeping the old name findable', async () => {
      const target = (await app.anon.get('/api/places').query({ q: '桂花路' })).body.items[0]
      const p = await namer.post('/api/naming/proposals', { kind: 'rename', category_code: '2530', place_id: target.id, reason: '与邻县重名，更名', candidates: [{ name: '金秋路' }] })
      expect(p.status).toBe(201)
      const b = await namer.post('/api/notices', { title: '更名公示', starts_on: await daysFrom(-9), ends_on: await daysFrom(-3), proposal_ids: [p.body.id] })
      await namer.post(`/api/notices/${b.body.id}/publish`, { version: 1 })
      const prop = (await namer.get(`/api/naming/proposals/${p.body.id}`)).body
      const d = await approver.post(`/api/naming/proposals/${p.body.id}/decision`, { outcome: 'approved', candidate_id: prop.candidates[0].id,
        document_number: '咸政地〔2025〕2号', decided_on: await daysFrom(-1), approval_authority: '咸宁市人民政府', version: prop.version })
      expect(d.status).toBe(201)
      expect(d.body.place_id).toBe(target.id)
      const old = (await app.anon.get('/api/places').query({ q: '桂花路' })).body.items[0]
      expect(old).toMatchObject({ id: target.id, name: '金秋路', match: 'alias' })
    })

    it('extends a road: the new part joins the road’s line under the same name', async () => {
      const created = await namer.post('/api/places', { name: '银杏路', category_code: '2530', geometry: line(-0.004), source: 'test' })
      const before = Number((await t.db.query<{ l: number }>('SELECT ST_Length(geom::geography) AS l FROM place_names WHERE id = $1', [created.body.id])).rows[0]!.l)
      const ext = { type: 'LineString', coordinates: [[cx + 0.003, cy - 0.004], [cx + 0.008, cy - 0.004]] }
      const wrong = await namer.post('/api/naming/check', { name: '银杏西路', category_code: '2530', geometry: ext, extends_place_id: created.body.id })
      expect(wrong.body.findings.map((f: { rule_id: string }) => f.rule_id)).toContain('road.direction-continuity')
      const p = await namer.post('/api/naming/proposals', { kind: 'extend', category_code: '2530', place_id: created.body.id, geometry: ext, reason: '道路向东延长', candidates: [{ name: '银杏路' }] })
      expect(p.status).toBe(201)
      const b = await namer.post('/api/notices', { title: '延长段公示', starts_on: await daysFrom(-9), ends_on: await daysFrom(-3), proposal_ids: [p.body.id] })
      await namer.post(`/api/notices/${b.body.id}/publish`, { version: 1 })
      const prop = (await namer.get(`/api/naming/proposals/${p.body.id}`)).body
      const d = await approver.post(`/api/naming/proposals/${p.body.id}/decision`, { outcome: 'approved', candidate_id: prop.candidates[0].id,
        document_number: '咸政地〔2025〕4号', decided_on: await daysFrom(-1), approval_authority: '咸宁市人民政府', version: prop.version })
      expect(d.status).toBe(201)
      const after = (await t.db.query<{ l: number; t: string }>('SELECT ST_Length(geom::geography) AS l, GeometryType(geom) AS t FROM place_names WHERE id = $1', [created.body.id])).rows[0]!
      expect(after.t).toBe('LINESTRING')
      expect(Number(after.l)).toBeGreaterThan(before + 400)
      const detail = (await namer.get(`/api/places/${created.body.id}`)).body
      expect(detail.revisions[0].action).toBe('extend')
    })
  })
})
