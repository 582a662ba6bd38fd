import type { App } from 'vue'
import { createI18n, type I18nOptions } from 'vue-i18n'

/** Languages offered in the UI, Chinese first. */
export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'zh-CN'
/** localStorage key holding the chosen language. */
export const LOCALE_STORAGE_KEY = 'diming.locale'

type Messages = Record<string, unknown>

/**
 * Deep-merges message objects; later files add keys, never silently replace a branch.
 * @example
 * mergeMessages({ a: { b: 1 } }, { a: { c: 2 } }) // = { a: { b: 1, c: 2 } }
 */
export function mergeMessages(target: Messages, source: Messages): Messages {
  const out: Messages = { ...target }
  for (const [key, value] of Object.entries(source)) {
    const existing = out[key]
    const bothObjects = value && typeof value === 'object' && existing && typeof existing === 'object'
    out[key] = bothObjects ? mergeMessages(existing as Messages, value as Messages) : value
  }
  return out
}

/**
 * Groups every `locales/<lang>/<area>.json` by language, so each area only adds its own file.
 * @param files - module map as returned by `import.meta.glob(..., { eager: true, import: 'default' })`
 * @returns messages per language
 */
export function collectMessages(files: Record<string, unknown>): Record<string, Messages> {
  const byLocale: Record<string, Messages> = {}
  for (const [path, content] of Object.entries(files)) {
    const locale = /locales\/([^/]+)\/[^/]+\.json$/.exec(path)?.[1]
    if (!locale) continue
    byLocale[locale] = mergeMessages(byLocale[locale] ?? {}, (content ?? {}) as Messages)
  }
  return byLocale
}

/** Whether a string is one of the offered locales. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

function readStoredLocale(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY)
    return isLocale(stored) ? stored : DEFAULT_LOCALE
  } catch {
    return DEFAULT_LOCALE
  }
}

const files = import.meta.glob('../locales/*/*.json', { eager: true, import: 'default' })

export const i18n = createI18n<false, I18nOptions>({
  legacy: false,
  locale: readStoredLocale(),
  fallbackLocale: DEFAULT_LOCALE,
  messages: collectMessages(files) as I18nOptions['messages'],
  missingWarn: false,
  fallbackWarn: false,
})

/**
 * Switches the UI language, remembers it in localStorage and sets `<html lang>`.
 * @param locale - one of `LOCALES`
 */
export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale)
  } catch {
    // Private mode or disabled storage: the choice lasts for this page only.
  }
  if (typeof document !== 'undefined') document.documentElement.lang = locale
}

/** Installs vue-i18n (composition API, zh-CN by default). */
export function install(app: App): void {
  app.use(i18n)
  if (typeof document !== 'undefined') document.documentElement.lang = i18n.global.locale.value
}
