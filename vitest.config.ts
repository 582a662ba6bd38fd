import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config'

/**
 * Test projects:
 * - server (PGlite, always): pure domain tests and DB/API tests on the embedded engine;
 * - server-pg (when TEST_DATABASE_URL or DATABASE_URL is set): the DB/API tests again on real PostGIS;
 * - client: component tests in happy-dom;
 * - e2e: headless Chromium against a real server (skips with a message when Chromium is missing).
 * DB tests share one engine instance per worker (isolate: false) and a schema per test file.
 */
const pgUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || ''
const DB_TESTS = ['tests/server/api/**/*.test.ts', 'tests/server/db/**/*.test.ts', 'tests/sql/**/*.test.ts', 'tests/security/**/*.test.ts']
const alias = { '@': fileURLToPath(new URL('./client/src', import.meta.url)) }

const serverProject = (name: string, engine: 'pglite' | 'pg', include: string[], groupOrder: number): TestProjectInlineConfiguration => ({
  test: {
    name,
    sequence: { groupOrder },
    include,
    environment: 'node',
    globalSetup: ['tests/helpers/global-setup.ts'],
    isolate: false,
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    env: { DIMING_TEST_ENGINE: engine, ...(engine === 'pg' ? { TEST_DATABASE_URL: pgUrl } : {}) },
  },
})

const projects: TestProjectInlineConfiguration[] = [
  serverProject('server', 'pglite', ['tests/server/**/*.test.ts', 'tests/sql/**/*.test.ts', 'tests/gis-data/**/*.test.ts', 'tests/security/**/*.test.ts'], 0),
  {
    plugins: [vue()],
    resolve: { alias },
    test: { name: 'client', include: ['tests/client/**/*.test.ts'], environment: 'happy-dom', sequence: { groupOrder: 2 }, testTimeout: 30_000 },
  },
  {
    test: {
      name: 'e2e',
      sequence: { groupOrder: 3 },
      include: ['tests/e2e/**/*.e2e.test.ts'],
      environment: 'node',
      globalSetup: ['tests/e2e/global-setup.ts'],
      fileParallelism: false,
      testTimeout: 120_000,
      hookTimeout: 300_000,
    },
  },
]
if (pgUrl) projects.splice(1, 0, serverProject('server-pg', 'pg', DB_TESTS, 1))

export default defineConfig({
  resolve: { alias },
  test: { projects, reporters: ['default'] },
})
