import type { CollectionDef } from './collection.ts'
import type { Link } from './link.ts'
import { CrsCRS84, ContentTypeGeoJSON, ContentTypeHTML, ContentTypeJSON, RelAlternate, RelItems, RelSelf } from './vocabulary.ts'
import type { Lang } from './html/lang.ts'

/** A collection's metadata document (OGC 17-069r4 §7.14). */
export interface CollectionDoc {
  id: string
  title: string
  description: string
  itemType: 'feature'
  crs: string[]
  links: Link[]
  /** Our extension: the exposed properties and which of them can filter. */
  properties: { name: string; type: string; filterable: boolean }[]
  geometryType: string
}

/**
 * Build the metadata document of one collection.
 * @param c the collection
 * @param collectionsUrl absolute URL of `/ogc/collections`
 * @param lang language of title and description
 * @returns the document with self, alternate and items links
 * @example buildCollectionDoc(divisionsCounty, 'http://h/ogc/collections', 'en').links[2].href
 * // = 'http://h/ogc/collections/divisions_county/items'
 */
export function buildCollectionDoc(c: CollectionDef, collectionsUrl: string, lang: Lang): CollectionDoc {
  const url = `${collectionsUrl}/${encodeURIComponent(c.id)}`
  return {
    id: c.id,
    title: c.title[lang],
    description: c.description[lang],
    itemType: 'feature',
    crs: [CrsCRS84],
    geometryType: c.geometryType,
    properties: c.properties.map((p) => ({ name: p.name, type: p.type, filterable: c.filterable.includes(p.name) })),
    links: [
      { href: `${url}?f=json`, rel: RelSelf, type: ContentTypeJSON, title: 'this collection' },
      { href: `${url}?f=html`, rel: RelAlternate, type: ContentTypeHTML, title: 'this collection as HTML' },
      { href: `${url}/items`, rel: RelItems, type: ContentTypeGeoJSON, title: 'the features' },
    ],
  }
}
