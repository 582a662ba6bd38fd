import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { LOCALES } from '../../../client/src/modules/i18n'

// Every area adds `locales/<lang>/<area>.json`; this checks ALL of them, so a translation missing in one
// language fails here whoever wrote it.
// Vitest runs from the repository root (happy-dom gives import.meta.url an http scheme).
const localesDir = path.resolve(process.cwd(), 'client/src/locales')

function flattenKeys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix]
  return Object.entries(value).flatMap(([key, child]) => flattenKeys(child, prefix ? `${prefix}.${key}` : key))
}

function readLocale(locale: string): Record<string, Record<string, unknown>> {
  const dir = path.join(localesDir, locale)
  return Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.json'))
    .map((f) => [f, JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Record<string, unknown>]))
}

const files = Object.fromEntries(LOCALES.map((locale) => [locale, readLocale(locale)]))
const [reference, ...others] = LOCALES

describe('locale files', () => {
  it('exist for every offered language and match the folder names', () => {
    expect(readdirSync(localesDir).sort()).toEqual([...LOCALES].sort())
  })

  it.each(others)('%s has the same files as zh-CN', (locale) => {
    expect(Object.keys(files[locale]!).sort()).toEqual(Object.keys(files[reference]!).sort())
  })

  for (const file of Object.keys(files[reference]!)) {
    it.each(others)(`${file}: %s has the same keys as zh-CN`, (locale) => {
      const expected = flattenKeys(files[reference]![file]).sort()
      expect(flattenKeys(files[locale]![file] ?? {}).sort()).toEqual(expected)
    })
  }

  it.each(LOCALES)('%s: no two files define the same message key (the merge would hide one)', (locale) => {
    // Branches merge deeply (an area may add `layers.group.places`), but a leaf defined twice loses one text.
    const owners = new Map<string, string>()
    const clashes: string[] = []
    for (const [file, content] of Object.entries(files[locale]!)) {
      for (const key of flattenKeys(content)) {
        if (owners.has(key)) clashes.push(`${key} in ${owners.get(key)} and ${file}`)
        owners.set(key, file)
      }
    }
    expect(clashes).toEqual([])
  })

  it.each(LOCALES)('%s: every message is a non-empty string', (locale) => {
    const empty: string[] = []
    for (const [file, content] of Object.entries(files[locale]!)) {
      const walk = (value: unknown, key: string): void => {
        if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${key}.${k}`)
        else if (typeof value !== 'string' || !value.trim()) empty.push(`${file}:${key}`)
      }
      walk(content, '')
    }
    expect(empty).toEqual([])
  })
})
