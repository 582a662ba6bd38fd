import { describe, expect, it } from 'vitest'
import { pickLang } from '../../../../server/src/ogc/html/lang.ts'

describe('pickLang', () => {
  it('defaults to Chinese', () => {
    expect(pickLang(undefined)).toBe('zh')
    expect(pickLang('fr')).toBe('zh')
  })
  it('picks English only when preferred over Chinese', () => {
    expect(pickLang('en-GB,en;q=0.9,zh;q=0.5')).toBe('en')
    expect(pickLang('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh')
    expect(pickLang('zh;q=0.3,en;q=0.7')).toBe('en')
  })
  it('ignores languages with q=0', () => {
    expect(pickLang('en;q=0,zh')).toBe('zh')
  })
})
