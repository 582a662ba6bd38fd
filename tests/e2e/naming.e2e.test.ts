import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiLogin, baseUrl, ensureUser, screenshot, skipReason, useBrowser, waitForMap } from './harness.ts'

// Issue 3 "Done when", step by step in Chromium against the real server with the seeded Xianning data:
// draw a road near 温泉街道, 桂花路 blocked as a duplicate, a homophone flagged, a clean name proposed,
// batched and published, an opinion left on the public page while logged out, approved with a 文号,
// the announcement printed, the road found by its pinyin initials.

type Pixel = { x: number; y: number }
interface E2EMap {
  jumpTo(options: { center: [number, number]; zoom: number }): void
  project(lngLat: [number, number]): Pixel
  queryRenderedFeatures(options: { layers: string[] }): Array<{ properties: Record<string, unknown> }>
  loaded(): boolean
}
type MapWindow = Window & { __dimingMap?: E2EMap }

const CLEAN_NAME = '枫林路'
const DOC_NUMBER = '咸政地〔2025〕18号'

/** Today and n days from today in China Standard Time (the server's calendar). */
function day(offset = 0): string {
  const now = new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000)
  return now.toISOString().slice(0, 10)
}

async function loggedInPage(ctx: { newPage: () => Promise<{ context: BrowserContext; page: Page; consoleErrors: string[] }> }, username: string, roles: string[]) {
  const session = await ctx.newPage()
  const password = await ensureUser(session.context, username, roles)
  const csrf = await apiLogin(session.context, username, password)
  return { ...session, csrf }
}

describe.skipIf(skipReason)('road naming, from drawn line to announcement (e2e)', () => {
  const e2e = useBrowser()
  let namer: Awaited<ReturnType<typeof loggedInPage>>
  let wenquan: [number, number] = [0, 0]
  let proposalId = 0
  let batchId = 0

  beforeAll(async () => {
    if (skipReason) return
    namer = await loggedInPage(e2e, 'e2e_namer', ['namer'])
    const division = await (await namer.context.request.get(`${baseUrl}/api/divisions/421202001000`)).json() as { label_point: { coordinates: [number, number] } }
    wenquan = division.label_point.coordinates
  })
  afterAll(async () => { await namer?.context.close() })

  it('map loads on the naming workspace, no console errors', async () => {
    const { page, consoleErrors } = namer
    await page.goto('/naming')
    await waitForMap(page)
    await page.waitForSelector('[data-testid=proposal-form]')
    expect(consoleErrors).toEqual([])
  })

  it('draws a road near 温泉街道 and sees 桂花路 blocked as a duplicate', async () => {
    const { page } = namer
    await page.evaluate((c) => (window as MapWindow).__dimingMap!.jumpTo({ center: c, zoom: 15 }), wenquan)
    await page.waitForFunction(() => (window as MapWindow).__dimingMap!.loaded())
    await page.click('[data-testid=draw-road]')
    const box = (await page.locator('[data-testid=map]').boundingBox())!
    const [lng, lat] = wenquan
    const points = await page.evaluate(([x, y]) => [[x - 0.004, y + 0.0012], [x, y + 0.0018], [x + 0.004, y + 0.0012]]
      .map((p) => (window as MapWindow).__dimingMap!.project(p as [number, number])), [lng, lat] as const)
    for (const p of points) await page.mouse.click(box.x + p.x, box.y + p.y)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('text=已确定线位（3 个节点）').count()).toBe(1)
    await page.fill('[data-testid=reason]', '温泉街道新建道路，需命名')
    await page.fill('[data-testid=width]', '24')
    await page.fill('[data-testid=candidate-name-0]', '桂花路')
    await page.waitForSelector('[data-testid=candidate-blocked-0]')
    const finding = page.locator('[data-testid=candidate-0] [data-rule="dup.same-name"]')
    expect(await finding.getAttribute('data-severity')).toBe('block')
    expect(await finding.textContent()).toContain('《地名管理条例》')
    await screenshot(page, 'naming-blocked-duplicate')
    await page.click('[data-testid=submit-proposal]')
    await page.waitForSelector('[data-testid=problem]')
    expect(await page.locator('[data-testid=problem]').textContent()).toContain('桂花路')
  })

  it('flags a homophone of 桂花路 for review', async () => {
    const { page } = namer
    await page.fill('[data-testid=candidate-name-0]', '贵华路')
    await page.waitForSelector('[data-testid=candidate-0] [data-rule="sound.homophone"]')
    const finding = page.locator('[data-testid=candidate-0] [data-rule="sound.homophone"]')
    expect(await finding.getAttribute('data-severity')).toBe('review')
    expect(await finding.textContent()).toContain('桂花路')
    expect(await page.locator('[data-testid=candidate-blocked-0]').count()).toBe(0)
  })

  it('proposes a clean name, with its pinyin and sign preview', async () => {
    const { page } = namer
    await page.fill('[data-testid=candidate-name-0]', CLEAN_NAME)
    await page.waitForSelector('[data-testid=candidate-ok-0]')
    expect(await page.locator('[data-testid=candidate-pinyin-0]').textContent()).toContain('Fenglin Lu')
    expect(await page.locator('[data-testid=street-sign]').textContent()).toContain('FENGLIN LU')
    await page.click('[data-testid=submit-proposal]')
    await page.waitForSelector('[data-testid=proposal-created]')
    proposalId = Number(/#(\d+)/.exec((await page.locator('[data-testid=proposal-created]').textContent())!)![1])
    expect(proposalId).toBeGreaterThan(0)
  })

  it('refuses a batch that ends before it starts, then adds the proposal to a published batch', async () => {
    const { page } = namer
    await page.click('[data-testid=tab-notice]')
    await page.check(`[data-testid=select-proposal-${proposalId}]`)
    await page.fill('[data-testid=batch-title]', '温泉街道新建道路命名公示')
    await page.fill('[data-testid=batch-start]', day(0))
    await page.fill('[data-testid=batch-end]', day(-3))
    await page.click('[data-testid=create-batch]')
    await page.waitForSelector('[data-testid=problem]')
    expect(await page.locator('[data-testid=problem]').textContent()).toContain('body.ends_on')
    const none = await (await page.context().request.get(`${baseUrl}/api/notices`)).json() as { items: unknown[] }
    expect(none.items).toEqual([])
    await page.fill('[data-testid=batch-end]', '')
    await page.click('[data-testid=create-batch]')
    await page.waitForSelector('[data-testid^=publish-]')
    batchId = Number((await page.locator('[data-testid^=publish-]').first().getAttribute('data-testid'))!.split('-')[1])
    await page.click(`[data-testid=publish-${batchId}]`)
    await page.waitForSelector(`[data-testid=public-link-${batchId}]`)
    expect(await page.locator(`[data-testid=batch-${batchId}]`).textContent()).toContain(`${day(0)} — ${day(6)}`)
  })

  it('shows the public notice page logged out and takes an opinion', async () => {
    const { context, page, consoleErrors } = await e2e.newPage()
    await page.goto(`/notices/${batchId}`)
    await page.waitForSelector(`[data-testid=notice-item-${proposalId}]`)
    expect(await page.locator(`[data-testid=notice-item-${proposalId}]`).textContent()).toContain(CLEAN_NAME)
    await waitForMap(page)
    await expect.poll(() => page.evaluate(() => (window as MapWindow).__dimingMap!.queryRenderedFeatures({ layers: ['naming-line'] }).length), { timeout: 20_000 }).toBeGreaterThan(0)
    await page.selectOption('[data-testid=opinion-stance]', 'support')
    await page.fill('[data-testid=opinion-body]', '赞成。道路两侧有枫林，名称贴切。')
    await page.click('[data-testid=opinion-submit]')
    await page.waitForSelector('[data-testid=opinion-sent]')
    await screenshot(page, 'naming-public-notice')
    expect(consoleErrors).toEqual([])
    await context.close()
    const batch = await (await namer.context.request.get(`${baseUrl}/api/notices/${batchId}`)).json() as { opinions: Array<{ body: string; status: string }> }
    expect(batch.opinions).toEqual([expect.objectContaining({ body: '赞成。道路两侧有枫林，名称贴切。', status: 'pending' })])
  })

  it('as approver, approves the name with a 文号 after the notice period', async () => {
    // The notice period passes: the officer records the dates the notice actually ran (audited correction).
    const batch = await (await namer.context.request.get(`${baseUrl}/api/notices/${batchId}`)).json() as { version: number }
    const moved = await namer.context.request.patch(`${baseUrl}/api/notices/${batchId}`, {
      data: { starts_on: day(-8), ends_on: day(-2), version: batch.version, reason: '公示期按张贴记录更正' }, headers: { 'X-CSRF-Token': namer.csrf } })
    expect(moved.status()).toBe(204)
    const approver = await loggedInPage(e2e, 'e2e_approver', ['approver'])
    const { page } = approver
    await page.goto('/naming')
    await page.click('[data-testid=tab-decide]')
    await page.waitForSelector(`[data-testid=decide-${proposalId}]`)
    await page.fill(`[data-testid=decide-doc-${proposalId}]`, DOC_NUMBER)
    await page.fill(`[data-testid=decide-date-${proposalId}]`, day(-1))
    await page.fill(`[data-testid=decide-authority-${proposalId}]`, '咸宁市人民政府')
    await page.click(`[data-testid=approve-${proposalId}]`)
    await page.waitForSelector('[data-testid=announcement-form]')
    expect(await page.locator('[data-testid=deadlines]').textContent()).toContain(DOC_NUMBER)
    const found = await (await page.context().request.get(`${baseUrl}/api/places?q=${encodeURIComponent(CLEAN_NAME)}`)).json() as { items: Array<{ name: string; status: string; document_number: string }> }
    expect(found.items[0]).toMatchObject({ name: CLEAN_NAME, status: 'approved', document_number: DOC_NUMBER })

    // Announcement (公告): published, then printed to PDF from the printable page.
    await page.check('[data-testid^=announce-]')
    await page.fill('[data-testid=announcement-title]', '咸宁市人民政府关于温泉街道新建道路命名的公告')
    await page.fill('[data-testid=announcement-doc]', '咸政告〔2025〕5号')
    await page.fill('[data-testid=announcement-authority]', '咸宁市人民政府')
    await page.click('[data-testid=create-announcement]')
    await page.waitForSelector('[data-testid^=print-]')
    const href = (await page.locator('[data-testid^=print-]').first().getAttribute('href'))!
    const print = await approver.context.newPage()
    await print.goto(href)
    const text = await print.locator('body').textContent()
    for (const field of [CLEAN_NAME, 'Fenglin Lu', '咸安区温泉街道', '咸宁市人民政府', DOC_NUMBER, day(-1)]) expect(text).toContain(field)
    const pdf = await print.pdf({ format: 'A4' })
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF')
    await screenshot(print, 'naming-announcement-print')
    await approver.context.close()
  })

  it('finds the new road by its pinyin initials, on the list and on the map', async () => {
    const { page } = namer
    await page.goto('/places')
    await waitForMap(page)
    await page.fill('[data-testid=place-search]', 'fll')
    await expect.poll(() => page.locator('[data-testid=place-results] li').first().textContent(), { timeout: 15_000 }).toContain(CLEAN_NAME)
    await page.locator('[data-testid=place-results] li button').first().click()
    await page.waitForSelector('[data-testid=place-detail]')
    expect(await page.locator('[data-testid=place-detail]').textContent()).toContain(DOC_NUMBER)
    await expect.poll(() => page.evaluate(() => (window as MapWindow).__dimingMap!.queryRenderedFeatures({ layers: ['places-line'] })
      .map((f) => f.properties.name)), { timeout: 20_000 }).toContain(CLEAN_NAME)
    await screenshot(page, 'naming-found-by-initials')
  })
})
