import { describe, expect, it } from 'vitest'
import { buildItemsLinks, type ItemsLinksInput } from '../../../server/src/ogc/links.ts'

function createInput(over: Partial<ItemsLinksInput> = {}): ItemsLinksInput {
  return {
    itemsUrl: 'http://h/ogc/collections/c/items',
    collectionUrl: 'http://h/ogc/collections/c',
    query: {},
    offset: 0,
    limit: 2,
    numberReturned: 2,
    numberMatched: 5,
    ...over,
  }
}

describe('buildItemsLinks', () => {
  it('orders rels self, alternate, collection, next on the first page', () => {
    expect(buildItemsLinks(createInput()).map((l) => l.rel)).toEqual(['self', 'alternate', 'collection', 'next'])
  })
  it('keeps the other parameters in the next link and sets the offset', () => {
    const links = buildItemsLinks(createInput({ query: { limit: '2', level: 'county', bbox: '113,29,115,31' } }))
    const next = new URL(links.find((l) => l.rel === 'next')!.href)
    expect(Object.fromEntries(next.searchParams)).toEqual({ limit: '2', level: 'county', bbox: '113,29,115,31', offset: '2' })
  })
  it('has prev but no next on the last page', () => {
    const links = buildItemsLinks(createInput({ offset: 4, numberReturned: 1 }))
    expect(links.map((l) => l.rel)).toEqual(['self', 'alternate', 'collection', 'prev'])
    expect(new URL(links[3].href).searchParams.get('offset')).toBe('2')
  })
  it('drops offset from prev when it goes back to the first page', () => {
    const links = buildItemsLinks(createInput({ offset: 1, query: { offset: '1', limit: '2' } }))
    const prev = new URL(links.find((l) => l.rel === 'prev')!.href)
    expect(prev.searchParams.has('offset')).toBe(false)
    expect(prev.searchParams.get('limit')).toBe('2')
  })
  it('has neither next nor prev when one page holds everything', () => {
    const links = buildItemsLinks(createInput({ numberReturned: 5, limit: 10 }))
    expect(links.map((l) => l.rel)).toEqual(['self', 'alternate', 'collection'])
  })
  it('has no next link on an empty result', () => {
    const links = buildItemsLinks(createInput({ numberReturned: 0, numberMatched: 0 }))
    expect(links.some((l) => l.rel === 'next')).toBe(false)
  })
  it('points the alternate link at HTML and strips f from JSON links', () => {
    const links = buildItemsLinks(createInput({ query: { f: 'json', limit: '2' } }))
    expect(new URL(links[1].href).searchParams.get('f')).toBe('html')
    expect(new URL(links[0].href).searchParams.has('f')).toBe(false)
    expect(new URL(links[3].href).searchParams.has('f')).toBe(false)
  })
  it('encodes Chinese filter values', () => {
    const links = buildItemsLinks(createInput({ query: { name: '咸安区' } }))
    expect(new URL(links[3].href).searchParams.get('name')).toBe('咸安区')
  })
})
