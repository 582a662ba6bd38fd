/**
 * docs/security.md carries the permission matrix generated from the code, and names every test of
 * tests/security/ (so the "what each test proves" list cannot silently lose one).
 * Regenerate after changing routes or permissions: UPDATE_DOCS=1 npx vitest run tests/security/security-doc.test.ts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadConfig, PROJECT_ROOT } from '../../server/src/config.ts'
import { MATRIX_END, MATRIX_START, permissionMatrixMarkdown } from '../../server/src/ops/permission-matrix-markdown.ts'
import { allRoutes } from '../../server/src/routes/index.ts'

const DOC = path.join(PROJECT_ROOT, 'docs/security.md')
const HOW = 'UPDATE_DOCS=1 npx vitest run tests/security/security-doc.test.ts'

describe('docs/security.md', () => {
  it('holds the permission matrix exactly as the code defines it', () => {
    const doc = readFileSync(DOC, 'utf8')
    const start = doc.indexOf(MATRIX_START)
    const end = doc.indexOf(MATRIX_END)
    expect(start, `markers missing in ${DOC}`).toBeGreaterThanOrEqual(0)
    expect(end).toBeGreaterThan(start)
    const current = doc.slice(start, end + MATRIX_END.length)
    const generated = permissionMatrixMarkdown(allRoutes(loadConfig()))
    if (process.env.UPDATE_DOCS === '1' && current !== generated) {
      writeFileSync(DOC, doc.slice(0, start) + generated + doc.slice(end + MATRIX_END.length))
      return
    }
    expect(current, `the matrix in docs/security.md is stale: run ${HOW}`).toBe(generated)
  })

  it('says what every security test proves', () => {
    const doc = readFileSync(DOC, 'utf8')
    const dir = path.join(PROJECT_ROOT, 'tests/security')
    const tests = readdirSync(dir).filter((f) => f.endsWith('.test.ts'))
    expect(tests.filter((f) => !doc.includes(`tests/security/${f}`))).toEqual([])
  })
})
