import { describe, expect, it } from 'vitest'
import { resolveSettings } from '../../../../server/src/domain/naming/rule-set-settings.ts'
import { placeNameFields } from '../../../../server/src/domain/places/place-name-fields.ts'

const settings = resolveSettings({ normalization: { strip_prefixes: ['咸宁'], strip_leading: ['新'] } })

describe('placeNameFields', () => {
  it('computes parts, pinyin and keys of a road', () => {
    expect(placeNameFields('新桂花路', { category_code: '2530' }, settings)).toMatchObject({
      name: '新桂花路', specific_name: '新桂花', generic_name: '路', pinyin: 'Xinguihua Lu', search_pinyin: 'xinguihualu', search_initials: 'xghl', normalized_name: '桂花路',
    })
  })

  it('joins the syllables of a natural village', () => {
    expect(placeNameFields('肖家湾', { category_code: '2420' }, settings).pinyin).toBe('Xiaojiawan')
  })

  it('keeps an officer’s romanisation and asks nothing more', () => {
    const f = placeNameFields('长安街', { category_code: '2530', pinyin: "Chang'an Jie" }, settings)
    expect(f.pinyin).toBe("Chang'an Jie")
    expect(f.polyphones).toEqual([])
  })

  it('follows confirmed readings in the keys', () => {
    expect(placeNameFields('重阳路', { readings: { 0: 'chong' } }, settings).search_initials).toBe('cyl')
  })
})
