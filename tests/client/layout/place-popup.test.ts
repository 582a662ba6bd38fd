import { describe, expect, it } from 'vitest'
import { categoryLabel, placePopupRows } from '../../../client/src/layout/place-popup'

const messages: Record<string, string> = {
  'places.category.2310': '村民委员会', 'places.category.23': '群众自治组织',
  'placeName.field.pinyin': '汉语拼音', 'placeName.field.category': '类别',
}
const t = (key: string) => messages[key] ?? key
const te = (key: string) => key in messages

describe('categoryLabel', () => {
  it('names the class, else its census class, else shows the code', () => {
    expect(categoryLabel('2310', t, te)).toBe('村民委员会')
    expect(categoryLabel('2399', t, te)).toBe('群众自治组织')
    expect(categoryLabel('9999', t, te)).toBe('9999')
  })
})

describe('placePopupRows', () => {
  it('shows pinyin and class', () => {
    expect(placePopupRows({ name: '东村', pinyin: 'Dong Cun', category_code: '2310' }, t, te)).toEqual([
      { label: '汉语拼音', value: 'Dong Cun' }, { label: '类别', value: '村民委员会' },
    ])
  })

  it('leaves out what the tile and the API did not give', () => {
    expect(placePopupRows({ name: '东村', pinyin: ' ', category_code: null }, t, te)).toEqual([])
  })
})
