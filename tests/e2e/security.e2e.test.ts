import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { adminPassword, apiLogin, baseUrl, ensureUser, skipReason, useBrowser } from './harness.ts'

// Stored XSS (issue 7): names holding markup are stored through the API as they are typed, then every
// view that shows them must show the characters, never run or build them. Each payload sets
// window.__xss if it ever runs; the page must also hold no element the payload would have created.

const PAYLOADS = {
  img: '<img src=x onerror=window.__xss=1>',
  script: '<script>window.__xss=1</script>',
  svg: '"><svg onload=window.__xss=1>',
} as const

interface XssVerdict {
  flag: unknown
  injected: number
  cspErrors: string[]
}

/** Whether anything of the payloads ran or became markup on the page. */
async function verdict(page: Page, consoleErrors: string[]): Promise<XssVerdict> {
  const { flag, injected } = await page.evaluate(() => ({
    flag: (window as unknown as { __xss?: unknown }).__xss,
    injected: document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload]').length
      + [...document.scripts].filter((s) => (s.textContent ?? '').includes('__xss')).length,
  }))
  return { flag, injected, cspErrors: consoleErrors.filter((e) => /Content Security Policy|__xss/i.test(e)) }
}

const CLEAN: XssVerdict = { flag: undefined, injected: 0, cspErrors: [] }

/** Posts JSON through the API with a logged-in context. */
async function post(context: BrowserContext, csrf: string, url: string, data: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await context.request.post(`${baseUrl}${url}`, { data, headers: { 'X-CSRF-Token': csrf } })
  return { status: res.status(), body: (await res.json().catch(() => ({}))) as Record<string, unknown> }
}

describe.skipIf(skipReason)('names with markup are shown as text (e2e)', () => {
  const e2e = useBrowser()

  it('admin users page: display names with <script>, <img onerror> and <svg onload>', async () => {
    const { context, page, consoleErrors } = await e2e.newPage()
    const csrf = await apiLogin(context, 'admin', adminPassword)
    for (const [key, display] of Object.entries(PAYLOADS)) {
      const res = await post(context, csrf, '/api/admin/users', { username: `xss_${key}_${Date.now() % 100000}`, display_name: display, password: 'long enough pw', roles: ['viewer'] })
      expect(res.status).toBe(201)
      expect(res.body.display_name).toBe(display)
    }
    await page.goto('/admin')
    for (const display of Object.values(PAYLOADS)) {
      await expect.poll(() => page.getByText(display, { exact: true }).count(), { timeout: 30_000 }).toBeGreaterThan(0)
    }
    expect(await verdict(page, consoleErrors)).toEqual(CLEAN)
    await context.close()
  })

  it('facilities list and detail: a facility named with markup', async () => {
    const { context, page, consoleErrors } = await e2e.newPage()
    const password = await ensureUser(context, 'xss_planner', ['planner'])
    const csrf = await apiLogin(context, 'xss_planner', password)
    const name = `颐养院${PAYLOADS.img}`
    const created = await post(context, csrf, '/api/facilities', {
      type: 'elder_care_institution', name, address: PAYLOADS.script,
      attributes: { beds: 10, occupied_beds: 1, care_levels: ['self_care'], last_inspection_result: 'pass', last_inspection_date: '2024-05-01' },
      geometry: { type: 'Point', coordinates: [114.3222, 29.8414] },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    await page.goto('/facilities')
    const item = page.getByText(name, { exact: true }).first()
    await expect.poll(() => item.count(), { timeout: 60_000 }).toBeGreaterThan(0)
    await item.click()
    await expect.poll(() => page.getByText(PAYLOADS.script).count(), { timeout: 30_000 }).toBeGreaterThan(0)
    expect(await verdict(page, consoleErrors)).toEqual(CLEAN)
    // Retire it again so that other end-to-end tests (coverage) see the seeded registry only.
    const retired = await post(context, csrf, `/api/facilities/${created.body.id}/retire`, { version: 1, reason: 'e2e security test' })
    expect(retired.status).toBeLessThan(300)
    await context.close()
  })

  it('printed coverage report: an analysis named with markup', async () => {
    const { context, page, consoleErrors } = await e2e.newPage()
    const password = await ensureUser(context, 'xss_planner', ['planner'])
    const csrf = await apiLogin(context, 'xss_planner', password)
    const saved = await post(context, csrf, '/api/coverage/analyses', { kind: 'run', name: PAYLOADS.svg, parameters: { types: ['elder_care_institution'], distance_m: 1000 } })
    expect(saved.status, JSON.stringify(saved.body)).toBe(201)
    await page.goto(`/coverage/report/${saved.body.id}`)
    await expect.poll(() => page.getByText(PAYLOADS.svg, { exact: true }).count(), { timeout: 60_000 }).toBeGreaterThan(0)
    expect(await verdict(page, consoleErrors)).toEqual(CLEAN)
    const removed = await context.request.delete(`${baseUrl}/api/coverage/analyses/${saved.body.id}?version=1`, { headers: { 'X-CSRF-Token': csrf } })
    expect(removed.status()).toBeLessThan(300)
    await context.close()
  })
  it('printed boundary description (server-rendered HTML): a line named with markup', async () => {
    const { context, page, consoleErrors } = await e2e.newPage()
    const password = await ensureUser(context, 'xss_surveyor', ['surveyor'])
    const csrf = await apiLogin(context, 'xss_surveyor', password)
    const lines = (await (await context.request.get(`${baseUrl}/api/boundaries/lines`)).json()) as { features: { properties: { id: number; name: string; version: number } }[] }
    const { id, name, version } = lines.features[0]!.properties
    const patch = (body: unknown) => context.request.patch(`${baseUrl}/api/boundaries/lines/${id}`, { data: body, headers: { 'X-CSRF-Token': csrf } })
    const hostileName = `${name}${PAYLOADS.script}`
    expect((await patch({ name: hostileName, version })).status()).toBe(200)
    try {
      await page.goto(`/api/boundaries/lines/${id}/description?format=html`)
      expect(await page.locator('h1').textContent()).toBe(hostileName)
      expect(await verdict(page, consoleErrors)).toEqual(CLEAN)
    } finally {
      // Give the seeded line its name back for the other end-to-end tests.
      expect((await patch({ name, version: version + 1 })).status()).toBe(200)
      await context.close()
    }
  })
})
