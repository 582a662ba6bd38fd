import type { Link } from './link.ts'
import {
  ContentTypeHTML,
  ContentTypeJSON,
  ContentTypeOpenAPI,
  RelAlternate,
  RelConformance,
  RelData,
  RelSelf,
  RelServiceDesc,
} from './vocabulary.ts'

/** The landing page document (OGC 17-069r4 §7.2). */
export interface LandingDoc {
  title: string
  description: string
  links: Link[]
}

/**
 * Build the `/ogc` landing page with links to itself, the API definition, conformance and collections.
 * @param ogcUrl absolute URL of the API root, e.g. `http://host/ogc`
 * @param openapiUrl absolute URL of the OpenAPI document
 * @returns the document
 * @example buildLanding('http://h/ogc', 'http://h/api/openapi.json').links.map((l) => l.rel)
 * // = ['self', 'alternate', 'service-desc', 'conformance', 'data']
 */
export function buildLanding(ogcUrl: string, openapiUrl: string): LandingDoc {
  return {
    title: 'Diming OGC API Features',
    description: 'Administrative divisions, place names, facilities and boundaries (OGC API - Features Part 1).',
    links: [
      { href: `${ogcUrl}?f=json`, rel: RelSelf, type: ContentTypeJSON, title: 'this document' },
      { href: `${ogcUrl}?f=html`, rel: RelAlternate, type: ContentTypeHTML, title: 'this document as HTML' },
      { href: openapiUrl, rel: RelServiceDesc, type: ContentTypeOpenAPI, title: 'the API definition' },
      { href: `${ogcUrl}/conformance?f=json`, rel: RelConformance, type: ContentTypeJSON, title: 'conformance classes' },
      { href: `${ogcUrl}/collections?f=json`, rel: RelData, type: ContentTypeJSON, title: 'collections' },
    ],
  }
}
