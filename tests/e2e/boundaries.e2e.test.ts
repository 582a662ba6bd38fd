import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import proj4 from 'proj4'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ARTIFACTS_DIR, apiLogin, baseUrl, ensureUser, screenshot, skipReason, useBrowser, waitForMap } from './harness.ts'

// Issue 5 "Done when", in Chromium against the seeded Xianning data, logged in as a surveyor.
// The map is reached through window.__dimingMap (client/src/map/README.md).

const COUNTY = '421202000000'
const EPSG_4547 = '+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs'

interface LineProps { id: number; code: string; name: string; version: number; left_unit_code: string | null; right_unit_code: string | null; claim_of_line_id: number | null }
interface LineFeature { geometry: { coordinates: number[][] }; properties: LineProps }
type E2EMap = {
  project(c: number[]): { x: number; y: number }
  queryRenderedFeatures(p: [number, number], o: { layers: string[] }): Array<{ properties: Record<string, unknown> }>
  queryRenderedFeatures(o: { layers: string[] }): Array<{ properties: Record<string, unknown> }>
  isMoving(): boolean
}
type MapWindow = Window & { __dimingMap: E2EMap }

async function lines(context: BrowserContext): Promise<LineFeature[]> {
  const res = await context.request.get(`${baseUrl}/api/boundaries/lines?unit=${COUNTY}`)
  return ((await res.json()) as { features: LineFeature[] }).features
}

async function line(context: BrowserContext, id: number): Promise<LineFeature> {
  return (await (await context.request.get(`${baseUrl}/api/boundaries/lines/${id}`)).json()) as LineFeature
}

/** Page position of a lon/lat on the map canvas. */
async function toPage(page: Page, lngLat: number[]): Promise<[number, number]> {
  await page.waitForFunction(() => !(window as unknown as MapWindow).__dimingMap.isMoving())
  const p = await page.evaluate((c) => (window as unknown as MapWindow).__dimingMap.project(c), lngLat)
  const box = (await page.getByTestId('map').boundingBox())!
  return [box.x + p.x, box.y + p.y]
}

/** The township drawn under a page position (its code), from the workspace's own township layer. */
async function townshipAt(page: Page, at: [number, number]): Promise<string | null> {
  const box = (await page.getByTestId('map').boundingBox())!
  return page.evaluate((p) => {
    const [f] = (window as unknown as MapWindow).__dimingMap.queryRenderedFeatures(p, { layers: ['boundary-townships-fill'] })
    return f ? String(f.properties.code) : null
  }, [at[0] - box.x, at[1] - box.y] as [number, number])
}

/** Drags the inner vertex `index` of the line being edited by (dx, dy) pixels. */
async function dragVertex(page: Page, coordinate: number[], dx: number, dy: number): Promise<[number, number]> {
  const [x, y] = await toPage(page, coordinate)
  await page.mouse.move(x, y)
  await page.mouse.down()
  for (let i = 1; i <= 8; i += 1) await page.mouse.move(x + (dx * i) / 8, y + (dy * i) / 8)
  await page.mouse.up()
  return [x + dx, y + dy]
}

/** The middle inner vertex of a line and a unit normal (screen) pointing to its right side. */
async function middleVertex(page: Page, coordinates: number[][]): Promise<{ vertex: number[]; right: [number, number] }> {
  const i = Math.floor(coordinates.length / 2)
  const [ax, ay] = await toPage(page, coordinates[i - 1]!)
  const [bx, by] = await toPage(page, coordinates[i + 1]!)
  const len = Math.hypot(bx - ax, by - ay)
  return { vertex: coordinates[i]!, right: [-(by - ay) / len, (bx - ax) / len] }
}

async function openLine(page: Page, code: string): Promise<void> {
  await page.getByTestId('boundary-tab-lines').click()
  if (await page.getByTestId('boundary-line-panel').count()) await page.locator('.line-panel .back').click()
  await page.getByTestId('boundary-filter').fill(code)
  await page.getByTestId(`boundary-line-${code}`).click()
  await expect.poll(() => page.getByTestId('boundary-line-panel').count()).toBe(1)
}

describe.skipIf(skipReason)('boundary survey workspace (e2e)', () => {
  const e2e = useBrowser()
  let context: BrowserContext
  let page: Page
  let consoleErrors: string[]
  let shared: LineFeature
  let original: number[][]
  let csrf = ''

  beforeAll(async () => {
    ;({ context, page, consoleErrors } = await e2e.newPage())
    const password = await ensureUser(context, 'e2e_surveyor', ['surveyor'])
    csrf = await apiLogin(context, 'e2e_surveyor', password)
    const all = await lines(context)
    // a line between two townships of the county, with inner vertices to move
    shared = all.filter((f) => f.properties.left_unit_code && f.properties.right_unit_code && f.properties.claim_of_line_id === null
      && f.geometry.coordinates.length >= 5).sort((a, b) => a.properties.code.localeCompare(b.properties.code))[0]!
    original = shared.geometry.coordinates
  })

  afterAll(async () => {
    // leave the shared e2e server's line as seeded for the other areas' tests
    if (context && shared) {
      const revisions = (await (await context.request.get(`${baseUrl}/api/boundaries/lines/${shared.properties.id}/revisions`)).json()) as { items: Array<{ id: number; action: string }> }
      const created = revisions.items.find((r) => r.action === 'create')
      const now = await line(context, shared.properties.id)
      if (created) await context.request.post(`${baseUrl}/api/boundaries/lines/${shared.properties.id}/revisions/${created.id}/restore`, { data: { version: now.properties.version, reason: 'e2e cleanup' }, headers: { 'X-CSRF-Token': csrf } })
    }
    await context?.close()
  })

  it('opens the workspace with the county\'s lines, townships built from them, and no console errors', async () => {
    await page.goto('/boundaries')
    await waitForMap(page)
    await expect.poll(() => page.locator('[data-testid=boundary-line-list] li').count(), { timeout: 60_000 }).toBeGreaterThan(10)
    await expect.poll(() => page.evaluate(() => (window as unknown as MapWindow).__dimingMap
      .queryRenderedFeatures({ layers: ['boundary-townships-fill'] }).length)).toBeGreaterThan(5)
    await screenshot(page, 'boundaries-workspace')
    expect(consoleErrors).toEqual([])
  })

  it('moves a vertex of a line between two townships and both polygons change', async () => {
    await openLine(page, shared.properties.code)
    await page.getByTestId('boundary-edit-start').click()
    const { vertex, right } = await middleVertex(page, original)
    const [vx, vy] = await toPage(page, vertex)
    const probe: [number, number] = [vx + right[0] * 40, vy + right[1] * 40]
    const before = await townshipAt(page, probe)
    expect(before).not.toBeNull()
    await dragVertex(page, vertex, right[0] * 55, right[1] * 55)
    await page.getByTestId('boundary-reason').fill('e2e: 实地勘测调整')
    await expect.poll(() => page.getByTestId('boundary-save').isEnabled()).toBe(true)
    await page.getByTestId('boundary-save').click()
    await expect.poll(() => page.getByTestId('boundary-saved').count(), { timeout: 30_000 }).toBe(1)
    const saved = await line(context, shared.properties.id)
    expect(saved.properties.version).toBe(shared.properties.version + 1)
    expect(saved.geometry.coordinates).not.toEqual(original)
    // the ground between the old and the new vertex changed hands: from one township to its neighbour
    await expect.poll(() => townshipAt(page, probe), { timeout: 15_000 }).not.toBe(before)
    expect([shared.properties.left_unit_code, shared.properties.right_unit_code]).toContain(await townshipAt(page, probe))
    await screenshot(page, 'boundaries-vertex-moved')
  })

  it('adds a marker typed as Gauss-Krüger coordinates and numbers it in order along the line', async () => {
    const current = await line(context, shared.properties.id)
    const c = current.geometry.coordinates
    const onLine = (a: number[], b: number[], t: number) => [a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t]
    const typeGk = async (lngLat: number[]) => {
      const [easting, northing] = proj4('EPSG:4326', EPSG_4547, lngLat)
      await page.getByTestId('marker-gk-x').fill(northing!.toFixed(3))
      await page.getByTestId('marker-gk-y').fill(easting!.toFixed(3))
      await page.getByTestId('marker-submit').click()
    }
    await page.getByTestId('boundary-line-tab-markers').click()
    // one near the far end, then one near the start: the second becomes 001 in reading order
    const endIsWestOrNorth = (() => {
      const [a, b] = [c[0]!, c[c.length - 1]!]
      return Math.abs(b[0]! - a[0]!) * Math.cos((a[1]! * Math.PI) / 180) >= Math.abs(b[1]! - a[1]!) ? b[0]! < a[0]! : b[1]! > a[1]!
    })()
    const nearStart = onLine(c[0]!, c[1]!, 0.5)
    const nearEnd = onLine(c[c.length - 2]!, c[c.length - 1]!, 0.5)
    const [first, second] = endIsWestOrNorth ? [nearStart, nearEnd] : [nearEnd, nearStart]
    const rows = () => page.locator('[data-testid=boundary-marker-list] tbody tr').count()
    await typeGk(first)
    await expect.poll(() => page.getByTestId('boundary-marker-added').textContent()).toContain(`${shared.properties.code}-001A`)
    await expect.poll(rows, { timeout: 15_000 }).toBe(1)
    await typeGk(second)
    await expect.poll(rows, { timeout: 15_000 }).toBe(2)
    await expect.poll(() => page.locator('[data-testid=boundary-marker-list] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-number'))))
      .toEqual([`${shared.properties.code}-001A`, `${shared.properties.code}-002A`])
    const markers = (await (await context.request.get(`${baseUrl}/api/boundaries/markers?line_id=${shared.properties.id}`)).json()) as { features: Array<{ properties: { number: string; lng: number } }> }
    const byNumber = Object.fromEntries(markers.features.map((f) => [f.properties.number, f.properties.lng]))
    expect(byNumber[`${shared.properties.code}-001A`]).toBeCloseTo(second[0]!, 7)
    await screenshot(page, 'boundaries-markers')
  })

  it('runs validation on a deliberately introduced gap, reports it, and refuses to save it', async () => {
    const outline = (await lines(context)).find((f) => (f.properties.left_unit_code === null) !== (f.properties.right_unit_code === null)
      && f.geometry.coordinates.length >= 5)!
    await openLine(page, outline.properties.code)
    await page.getByTestId('boundary-edit-start').click()
    const { vertex, right } = await middleVertex(page, outline.geometry.coordinates)
    // inward = towards the township: right of the line when the township is on the right
    const sign = outline.properties.right_unit_code ? 1 : -1
    await dragVertex(page, vertex, sign * right[0] * 70, sign * right[1] * 70)
    await page.getByTestId('boundary-validate-draft').click()
    await expect.poll(() => page.locator('[data-testid=boundary-draft-errors] li[data-code=gap]').count(), { timeout: 30_000 }).toBeGreaterThan(0)
    await expect.poll(() => page.evaluate(() => (window as unknown as MapWindow).__dimingMap
      .queryRenderedFeatures({ layers: ['boundary-errors'] }).length)).toBeGreaterThan(0)
    await screenshot(page, 'boundaries-gap-reported')
    await page.getByTestId('boundary-reason').fill('e2e: deliberate gap')
    await page.getByTestId('boundary-save').click()
    await expect.poll(() => page.getByTestId('boundary-refused').textContent(), { timeout: 30_000 }).toContain('缝隙')
    expect((await line(context, outline.properties.id)).properties.version).toBe(outline.properties.version)
    await page.getByTestId('boundary-cancel').click()
  })

  it('shows the revision diff on the map and restores the older geometry', async () => {
    await openLine(page, shared.properties.code)
    await page.getByTestId('boundary-line-tab-revisions').click()
    await page.getByTestId(`boundary-revision-${shared.properties.version + 1}`).click()
    await expect.poll(() => page.getByTestId('boundary-diff').count()).toBe(1)
    // Both the older and the newer geometry are drawn (poll: the diff source renders a frame or two later).
    await expect.poll(() => page.evaluate(() => {
      const map = (window as unknown as MapWindow).__dimingMap
      return Math.min(map.queryRenderedFeatures({ layers: ['boundary-diff-before'] }).length, map.queryRenderedFeatures({ layers: ['boundary-diff-after'] }).length)
    }), { timeout: 15_000 }).toBeGreaterThan(0)
    await screenshot(page, 'boundaries-revision-diff')
    await page.getByTestId(`boundary-restore-${shared.properties.version}`).click()
    await expect.poll(() => page.getByTestId('boundary-restored').count(), { timeout: 30_000 }).toBe(1)
    const restored = await line(context, shared.properties.id)
    expect(restored.geometry.coordinates).toEqual(original)
    expect(restored.properties.version).toBe(shared.properties.version + 2)
  })

  it('prints the boundary description', async () => {
    await page.getByTestId('boundary-line-tab-description').click()
    await expect.poll(() => page.getByTestId('boundary-description-text').inputValue()).toContain('本界线')
    expect(await page.getByTestId('boundary-description-text').inputValue()).toContain(`${shared.properties.code}-001A号界桩`)
    const [popup] = await Promise.all([context.waitForEvent('page'), page.getByTestId('boundary-description-print').click()])
    await popup.waitForLoadState()
    expect(await popup.locator('h1').textContent()).toBe(shared.properties.name)
    expect(await popup.locator('.text').textContent()).toContain('本界线')
    const pdf = path.join(ARTIFACTS_DIR, 'boundaries-description.pdf')
    await popup.pdf({ path: pdf, format: 'A4' })
    expect(readFileSync(pdf).subarray(0, 4).toString()).toBe('%PDF')
    await popup.close()
  })

  it('gives the second of two concurrent editors a 409 and lets them reapply without losing either change', async () => {
    const other = await e2e.newPage()
    const password = await ensureUser(other.context, 'e2e_surveyor_b', ['surveyor'])
    await apiLogin(other.context, 'e2e_surveyor_b', password)
    await other.page.goto('/boundaries')
    await waitForMap(other.page)
    await expect.poll(() => other.page.locator('[data-testid=boundary-line-list] li').count(), { timeout: 60_000 }).toBeGreaterThan(10)
    await openLine(page, shared.properties.code)
    await openLine(other.page, shared.properties.code)
    await page.getByTestId('boundary-edit-start').click()
    await other.page.getByTestId('boundary-edit-start').click()
    const c = (await line(context, shared.properties.id)).geometry.coordinates
    const a = await middleVertex(page, c)
    await dragVertex(page, a.vertex, a.right[0] * 30, a.right[1] * 30)
    const b = await middleVertex(other.page, c)
    const otherIndex = Math.floor(c.length / 2) + 1 < c.length - 1 ? Math.floor(c.length / 2) + 1 : Math.floor(c.length / 2) - 1
    await dragVertex(other.page, c[otherIndex]!, -b.right[0] * 25, -b.right[1] * 25)
    await page.getByTestId('boundary-reason').fill('e2e: A')
    await page.getByTestId('boundary-save').click()
    await expect.poll(() => page.getByTestId('boundary-saved').count(), { timeout: 30_000 }).toBe(1)
    await other.page.getByTestId('boundary-reason').fill('e2e: B')
    await other.page.getByTestId('boundary-save').click()
    await expect.poll(() => other.page.getByTestId('boundary-conflict').count(), { timeout: 30_000 }).toBe(1)
    await screenshot(other.page, 'boundaries-conflict')
    const afterA = await line(context, shared.properties.id)
    await other.page.getByTestId('boundary-reapply').click()
    await expect.poll(() => other.page.getByTestId('boundary-save').isEnabled()).toBe(true)
    await screenshot(other.page, 'boundaries-reapplied')
    await other.page.getByTestId('boundary-save').click()
    // saved, or the problem the server gave (so a failure says why)
    await expect.poll(async () => (await other.page.getByTestId('boundary-saved').count())
      || (await other.page.locator('[data-testid=problem], [data-testid=boundary-refused]').allTextContents()).join(' | ') || 'pending', { timeout: 30_000 }).toBe(1)
    const final = await line(context, shared.properties.id)
    expect(final.properties.version).toBe(afterA.properties.version + 1)
    // A's moved vertex is still there, and B's change was applied on top
    expect(final.geometry.coordinates).toContainEqual(afterA.geometry.coordinates[Math.floor(c.length / 2)])
    expect(final.geometry.coordinates).not.toEqual(afterA.geometry.coordinates)
    expect(other.consoleErrors.filter((e) => !e.includes('409'))).toEqual([])
    await other.context.close()
  })
})
