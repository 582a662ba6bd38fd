import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'
import { PROJECT_ROOT } from '../../server/src/config.ts'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const ARTIFACTS_DIR = path.join(PROJECT_ROOT, 'tests/e2e/artifacts')
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync']

/** Why e2e tests skip here ('' when they run). Use with `describe.skipIf(skipReason)`. */
export const skipReason: string = inject('e2eSkipReason')
export const baseUrl: string = inject('e2eBaseUrl')
export const adminPassword: string = inject('e2eAdminPassword')

export interface E2EContext {
  readonly browser: Browser
  /** A new isolated browser context (own cookies) with a page that records console errors. */
  newPage(options?: { locale?: string }): Promise<{ context: BrowserContext; page: Page; consoleErrors: string[] }>
}

/** Launches Debian's Chromium once per test file. */
export function useBrowser(): E2EContext {
  let browser: Browser | null = null
  beforeAll(async () => {
    if (skipReason) return
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true })
  })
  afterAll(async () => {
    await browser?.close()
  })
  return {
    get browser() {
      if (!browser) throw new Error('useBrowser(): the browser starts in beforeAll.')
      return browser
    },
    async newPage(options = {}) {
      const context = await this.browser.newContext({ baseURL: baseUrl, viewport: { width: 1400, height: 900 }, locale: options.locale ?? 'zh-CN' })
      const page = await context.newPage()
      const consoleErrors: string[] = []
      page.on('console', (msg) => {
        if (msg.type() === 'error') consoleErrors.push(msg.text())
      })
      page.on('pageerror', (err) => consoleErrors.push(err.message))
      return { context, page, consoleErrors }
    },
  }
}

/** Waits until the shared map (window.__dimingMap) has loaded its style and sources. */
export async function waitForMap(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(() => {
    const map = (window as unknown as { __dimingMap?: { loaded(): boolean; isStyleLoaded(): boolean } }).__dimingMap
    return !!map && map.isStyleLoaded() && map.loaded()
  }, undefined, { timeout })
}

/** Logs a browser context in through the API (cookie lands in the context). */
export async function apiLogin(context: BrowserContext, username: string, password: string): Promise<string> {
  const res = await context.request.post(`${baseUrl}/api/auth/login`, { data: { username, password } })
  if (res.status() !== 200) throw new Error(`login ${username}: ${res.status()} ${await res.text()}`)
  return ((await res.json()) as { csrf_token: string }).csrf_token
}

/** Creates a user with roles through the admin API (idempotent per username) and returns the password. */
export async function ensureUser(context: BrowserContext, username: string, roles: string[]): Promise<string> {
  const password = `pw-${username}-e2e`
  const admin = await context.browser()!.newContext({ baseURL: baseUrl })
  try {
    const csrf = await apiLogin(admin, 'admin', adminPassword)
    const res = await admin.request.post(`${baseUrl}/api/admin/users`, {
      data: { username, display_name: username, password, roles }, headers: { 'X-CSRF-Token': csrf },
    })
    if (res.status() !== 201 && res.status() !== 409) throw new Error(`create user ${username}: ${res.status()} ${await res.text()}`)
  } finally {
    await admin.close()
  }
  return password
}

/** Saves a screenshot under tests/e2e/artifacts/ and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true })
  const file = path.join(ARTIFACTS_DIR, `${name}.png`)
  await page.screenshot({ path: file, fullPage: false })
  return file
}
