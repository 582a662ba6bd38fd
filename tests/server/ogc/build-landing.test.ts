import { describe, expect, it } from 'vitest'
import { buildCollectionDoc } from '../../../server/src/ogc/build-collection-doc.ts'
import { buildLanding } from '../../../server/src/ogc/build-landing.ts'
import { collections } from '../../../server/src/ogc/collections.ts'

describe('buildLanding', () => {
  it('links self, alternate, service-desc, conformance and data in that order', () => {
    expect(buildLanding('http://h/ogc', 'http://h/api/openapi.json').links.map((l) => l.rel)).toEqual(['self', 'alternate', 'service-desc', 'conformance', 'data'])
  })
})

describe('buildCollectionDoc', () => {
  it('gives the title in the page language, CRS84 and an items link', () => {
    const doc = buildCollectionDoc(collections.find((c) => c.id === 'divisions_county')!, 'http://h/ogc/collections', 'zh')
    expect(doc.title).toBe('行政区划：县级行政区')
    expect(doc.crs).toEqual(['http://www.opengis.net/def/crs/OGC/1.3/CRS84'])
    expect(doc.links.find((l) => l.rel === 'items')!.href).toBe('http://h/ogc/collections/divisions_county/items')
  })
})
