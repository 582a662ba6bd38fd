import { afterEach, describe, expect, it } from 'vitest'
import { LOCALE_STORAGE_KEY, collectMessages, i18n, isLocale, mergeMessages, setLocale } from '../../../client/src/modules/i18n'

afterEach(() => setLocale('zh-CN'))

describe('mergeMessages', () => {
  it('merges nested branches', () => {
    expect(mergeMessages({ a: { b: '1' } }, { a: { c: '2' } })).toEqual({ a: { b: '1', c: '2' } })
  })
  it('does not change its inputs', () => {
    const target = { a: { b: '1' } }
    mergeMessages(target, { a: { c: '2' } })
    expect(target).toEqual({ a: { b: '1' } })
  })
})

describe('collectMessages', () => {
  it('groups files by the language folder', () => {
    const out = collectMessages({
      '../locales/zh-CN/common.json': { app: { name: '地名' } },
      '../locales/zh-CN/places.json': { places: { title: '标准地名' } },
      '../locales/en/common.json': { app: { name: 'Diming' } },
    })
    expect(out).toEqual({ 'zh-CN': { app: { name: '地名' }, places: { title: '标准地名' } }, en: { app: { name: 'Diming' } } })
  })
})

describe('isLocale', () => {
  it('accepts only offered languages', () => {
    expect(isLocale('en')).toBe(true)
    expect(isLocale('fr')).toBe(false)
  })
})

describe('i18n', () => {
  it('starts in Chinese and loads every area file', () => {
    expect(i18n.global.locale.value).toBe('zh-CN')
    expect(i18n.global.t('nav.places')).toBe('标准地名')
    expect(i18n.global.t('admin.users.title')).toBe('用户与角色')
  })
})

describe('setLocale', () => {
  it('switches the language, remembers it and sets <html lang>', () => {
    setLocale('en')
    expect(i18n.global.t('nav.places')).toBe('Place names')
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en')
    expect(document.documentElement.lang).toBe('en')
  })
})
