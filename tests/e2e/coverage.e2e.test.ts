import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { apiLogin, baseUrl, ensureUser, screenshot, skipReason, useBrowser, waitForMap } from './harness.ts'

// Issue 4 "Done when", in a real browser against the seeded server: as a planner, pick rural mutual-aid
// centres and 1 km, see per-township coverage and the uncovered villages on the map; ask for 5 new
// sites and see where they go and how much coverage rises; drag one facility and see the delta.

type Feature = { properties: Record<string, unknown>; geometry: { type: string; coordinates: number[] } }
interface E2EMap {
  queryRenderedFeatures(options: { layers: string[] }): Feature[]
  project(lngLat: [number, number]): { x: number; y: number }
  jumpTo(options: { center: [number, number]; zoom: number }): void
  getContainer(): HTMLElement
  loaded(): boolean
}
type MapWindow = Window & { __dimingMap?: E2EMap }

function rendered(page: Page, layer: string): Promise<Feature[]> {
  return page.evaluate((layer) => {
    const map = (window as MapWindow).__dimingMap
    if (!map) return []
    return map.queryRenderedFeatures({ layers: [layer] }).map((f) => ({ properties: f.properties, geometry: f.geometry }))
  }, layer) as Promise<Feature[]>
}

const rate = (text: string) => Number(/(\d+(?:\.\d+)?)%/.exec(text)?.[1] ?? 'NaN')

describe.skipIf(skipReason)('coverage analysis (e2e)', () => {
  const e2e = useBrowser()

  async function plannerPage() {
    const { context, page, consoleErrors } = await e2e.newPage()
    const password = await ensureUser(context, 'e2e_planner', ['planner'])
    await apiLogin(context, 'e2e_planner', password)
    return { context, page, consoleErrors }
  }

  it('map loads, no console errors', async () => {
    const { context, page, consoleErrors } = await plannerPage()
    await page.goto('/coverage')
    await waitForMap(page)
    await page.locator('[data-testid=coverage-params]').waitFor()
    expect(consoleErrors).toEqual([])
    await context.close()
  })

  it('rural mutual-aid centres at 1 km: per-township coverage, uncovered villages, 5 suggested sites, drag delta', async () => {
    const { context, page, consoleErrors } = await plannerPage()
    await page.goto('/coverage')
    await waitForMap(page)

    // 1. Pick "rural mutual-aid centres" (only) and the 1 km preset, run.
    await page.locator('[data-testid=coverage-types] summary').click()
    for (const box of await page.locator('[data-testid=coverage-types] input[type=checkbox]:checked').all()) await box.uncheck()
    await page.locator('[data-testid=coverage-types] input[data-type=rural_mutual_aid_centre]').check()
    await page.locator('button[data-preset=life_circle_15min]').click()
    expect(await page.locator('[data-testid=coverage-distance]').inputValue()).toBe('1000')
    await page.locator('[data-testid=coverage-run]').click()
    const headline = page.locator('[data-testid=coverage-headline]')
    await headline.waitFor()
    await expect.poll(() => headline.textContent()).toContain('农村老年人互助照料活动中心（1 公里内）')

    // Per-township figures: open the first county and see its township rows with percentages.
    await page.locator('[data-testid=coverage-areas] tr.county').first().click()
    const townshipRows = page.locator('[data-testid=coverage-areas] tr.township')
    expect(await townshipRows.count()).toBeGreaterThan(5)
    expect(await townshipRows.first().textContent()).toMatch(/%/)

    // Uncovered villages are listed and drawn red on the map; townships are coloured by rate.
    const uncoveredCount = Number(/(\d+)/.exec((await page.locator('h4', { hasText: '未覆盖的村' }).textContent()) ?? '')?.[1])
    expect(uncoveredCount).toBeGreaterThan(100)
    await expect.poll(async () => (await rendered(page, 'coverage-village')).filter((f) => f.properties.covered === false).length, { timeout: 20_000 })
      .toBeGreaterThan(50)
    await expect.poll(async () => (await rendered(page, 'coverage-township-fill')).length, { timeout: 20_000 }).toBeGreaterThan(50)
    const ruralBefore = rate((await page.locator('tr[data-class=rural] .rate').textContent()) ?? '')
    await screenshot(page, 'coverage-1-run')

    // 2. Ask for 5 new sites (rural demand): see where they go and how much rural coverage rises.
    await page.locator('[data-section=suggest]').click()
    await page.locator('[data-testid=suggest-k]').fill('5')
    expect(await page.locator('[data-testid=suggest-class]').inputValue()).toBe('rural')
    await page.locator('[data-testid=suggest-run]').click()
    await page.locator('[data-testid=suggest-sites] li').nth(4).waitFor({ timeout: 60_000 })
    expect(await page.locator('[data-testid=suggest-sites] li').count()).toBe(5)
    const gain = (await page.locator('[data-testid=suggest-gain]').textContent()) ?? ''
    const [, from, to] = /农村覆盖率 ([\d.]+)% → ([\d.]+)%/.exec(gain) ?? []
    expect(Number(from)).toBe(ruralBefore)
    expect(Number(to)).toBeGreaterThan(Number(from))
    expect(await page.locator('[data-testid=suggest-solver]').textContent()).toMatch(/HiGHS|贪心/)
    await expect.poll(async () => (await rendered(page, 'coverage-site')).length, { timeout: 20_000 }).toBe(5)
    await screenshot(page, 'coverage-2-sites')

    // 3. Drag one facility onto an uncovered village 1.5–3 km away and see the delta.
    const run = await context.request.post(`${baseUrl}/api/coverage/run`, {
      data: { types: ['rural_mutual_aid_centre'], distance_m: 1000 },
      headers: { 'X-CSRF-Token': await csrfOf(page) },
    })
    const body = (await run.json()) as { villages: { code: string; lng: number; lat: number; within_reach: boolean; urban_rural: string }[] }
    const facilities = (await (await context.request.get(`${baseUrl}/api/facilities?type=rural_mutual_aid_centre`)).json()) as { features: Feature[] }
    const target = pickDragPair(body.villages, facilities.features)
    await page.locator('[data-section=whatif]').click()
    await page.evaluate(({ center }) => (window as MapWindow).__dimingMap!.jumpTo({ center, zoom: 13 }), { center: target.center })
    await expect.poll(async () => (await rendered(page, 'coverage-supply-point')).some((f) => f.properties.id === target.facilityId), { timeout: 20_000 }).toBe(true)
    const [from2, to2] = await page.evaluate(({ a, b }) => {
      const map = (window as MapWindow).__dimingMap!
      const box = map.getContainer().getBoundingClientRect()
      return [a, b].map((p) => {
        const px = map.project(p as [number, number])
        return [px.x + box.left, px.y + box.top]
      })
    }, { a: target.facility, b: target.village })
    await page.mouse.move(from2![0]!, from2![1]!)
    await page.mouse.down()
    for (let i = 1; i <= 10; i += 1) await page.mouse.move(from2![0]! + ((to2![0]! - from2![0]!) * i) / 10, from2![1]! + ((to2![1]! - from2![1]!) * i) / 10)
    await page.mouse.up()
    await page.locator('[data-testid=what-if-delta]').waitFor({ timeout: 60_000 })
    expect(await page.locator('[data-testid=what-if-changes] li').count()).toBe(1)
    expect(await page.locator('[data-testid=what-if-delta] .gained').textContent()).toMatch(/^\+[1-9]/)
    await expect.poll(async () => (await rendered(page, 'coverage-village-delta')).some((f) => f.properties.code === target.villageCode && f.properties.delta === 'gained'), { timeout: 20_000 })
      .toBe(true)
    await screenshot(page, 'coverage-3-drag-delta')
    // Nothing was stored by the what-if.
    const stored = (await (await context.request.get(`${baseUrl}/api/facilities/${target.facilityId}`)).json()) as Feature
    expect(stored.geometry.coordinates).toEqual(target.facility)
    expect(consoleErrors).toEqual([])
    await context.close()
  })
})

describe.skipIf(skipReason)('facility registry (e2e)', () => {
  const e2e = useBrowser()

  it('a planner registers a facility by clicking the map, then drags it to a new place (audited, version 2)', async () => {
    const { context, page, consoleErrors } = await e2e.newPage()
    const password = await ensureUser(context, 'e2e_planner', ['planner'])
    await apiLogin(context, 'e2e_planner', password)
    await page.goto('/facilities')
    await waitForMap(page)
    await page.locator('[data-testid=facility-count]').waitFor()
    await page.locator('[data-testid=facility-new]').click()
    await page.locator('[data-testid=pick-hint]').waitFor()
    const center: [number, number] = [114.3225, 29.8413]
    await page.evaluate((c) => (window as MapWindow).__dimingMap!.jumpTo({ center: c, zoom: 16 }), center)
    const box = (await page.locator('[data-testid=map]').boundingBox())!
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    await page.locator('[data-testid=facility-type]').selectOption('emergency_shelter')
    await page.locator('[data-testid=facility-name]').fill('E2E 应急避难广场')
    await page.locator('[data-testid=attr-capacity_persons]').fill('3000')
    await page.locator('[data-testid=facility-save]').click()
    await page.locator('[data-testid=facility-detail]').waitFor()
    expect(await page.locator('[data-testid=facility-detail] h3').textContent()).toBe('E2E 应急避难广场')
    expect(await page.locator('[data-testid=facility-version]').textContent()).toBe('1')

    await page.locator('[data-testid=facility-drag]').check()
    await expect.poll(async () => (await rendered(page, 'facilities-shelter-point')).some((f) => f.properties.name === 'E2E 应急避难广场'), { timeout: 20_000 }).toBe(true)
    const [x, y] = await page.evaluate((c) => {
      const map = (window as MapWindow).__dimingMap!
      const r = map.getContainer().getBoundingClientRect()
      const p = map.project(c)
      return [p.x + r.left, p.y + r.top]
    }, center)
    await page.mouse.move(x!, y!)
    await page.mouse.down()
    for (let i = 1; i <= 8; i += 1) await page.mouse.move(x! + 15 * i, y! + 8 * i)
    await page.mouse.up()
    await page.locator('[data-testid=move-confirm] button.primary').click()
    await expect.poll(() => page.locator('[data-testid=facility-version]').textContent(), { timeout: 20_000 }).toBe('2')
    const list = (await (await context.request.get(`${baseUrl}/api/facilities?q=E2E`)).json()) as { features: Feature[] }
    const moved = list.features[0]!
    expect(moved.geometry.coordinates[0]).toBeGreaterThan(center[0])
    expect(moved.geometry.coordinates[1]).toBeLessThan(center[1])
    const history = (await (await context.request.get(`${baseUrl}/api/facilities/${moved.properties.id}/history`)).json()) as { items: { action: string }[] }
    expect(history.items.map((h) => h.action)).toEqual(['facilities.move', 'facilities.create'])
    await screenshot(page, 'facilities-moved')
    expect(consoleErrors).toEqual([])
    await context.close()
  })
})

async function csrfOf(page: Page): Promise<string> {
  const res = await page.context().request.get(`${baseUrl}/api/auth/me`)
  return ((await res.json()) as { csrf_token: string }).csrf_token
}

/** An uncovered rural village and the nearest centre 1.5–3 km from it (so the drag gains it). */
function pickDragPair(villages: { code: string; lng: number; lat: number; within_reach: boolean; urban_rural: string }[], facilities: Feature[]) {
  const metres = (a: number[], b: number[]) => Math.hypot((a[0]! - b[0]!) * 96_500, (a[1]! - b[1]!) * 110_900)
  for (const v of villages.filter((x) => !x.within_reach && x.urban_rural === 'rural')) {
    for (const f of facilities) {
      const d = metres([v.lng, v.lat], f.geometry.coordinates)
      if (d > 1500 && d < 3000) {
        return {
          villageCode: v.code, village: [v.lng, v.lat], facility: f.geometry.coordinates, facilityId: f.properties.id as number,
          center: [(v.lng + f.geometry.coordinates[0]!) / 2, (v.lat + f.geometry.coordinates[1]!) / 2] as [number, number],
        }
      }
    }
  }
  throw new Error('no uncovered village with a centre 1.5–3 km away in the seed')
}
