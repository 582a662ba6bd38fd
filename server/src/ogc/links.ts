import type { Link } from './link.ts'
import {
  ContentTypeGeoJSON,
  ContentTypeHTML,
  ContentTypeJSON,
  FormatHTML,
  FormatJSON,
  ParamFormat,
  ParamOffset,
  RelAlternate,
  RelCollection,
  RelNext,
  RelPrev,
  RelSelf,
} from './vocabulary.ts'

/** What the items links are built from. */
export interface ItemsLinksInput {
  /** Absolute URL of the items resource, without query: `http://host/ogc/collections/x/items`. */
  itemsUrl: string
  /** Absolute URL of the collection: `http://host/ogc/collections/x`. */
  collectionUrl: string
  /** The request's (validated) query parameters, in request order. */
  query: Record<string, string>
  offset: number
  limit: number
  numberReturned: number
  numberMatched: number
}

function withParams(base: string, query: Record<string, string>, changes: Record<string, string | null>): string {
  const params = new URLSearchParams(query)
  for (const [k, v] of Object.entries(changes)) {
    if (v === null) params.delete(k)
    else params.set(k, v)
  }
  const qs = params.toString()
  return qs ? `${base}?${qs}` : base
}

/**
 * Build the links of an items page: `self`, `alternate` (HTML), `collection`, and `next` / `prev`
 * when those pages exist. Paging links keep every other query parameter (STYLE §6, tipg).
 * @param input URLs, the request's query, and the page position
 * @returns the links, in the order self, alternate, collection, next, prev
 * @example buildItemsLinks({ itemsUrl: 'http://h/ogc/collections/c/items', collectionUrl: 'http://h/ogc/collections/c',
 *   query: { limit: '2', level: 'county' }, offset: 0, limit: 2, numberReturned: 2, numberMatched: 5 })[3].href
 * // = 'http://h/ogc/collections/c/items?limit=2&level=county&offset=2'
 */
export function buildItemsLinks(input: ItemsLinksInput): Link[] {
  const { itemsUrl, collectionUrl, query, offset, limit, numberReturned, numberMatched } = input
  const json = { [ParamFormat]: null }
  const links: Link[] = [
    { href: withParams(itemsUrl, query, json), rel: RelSelf, type: ContentTypeGeoJSON, title: 'this document' },
    { href: withParams(itemsUrl, query, { [ParamFormat]: FormatHTML }), rel: RelAlternate, type: ContentTypeHTML, title: 'this document as HTML' },
    { href: `${collectionUrl}?${ParamFormat}=${FormatJSON}`, rel: RelCollection, type: ContentTypeJSON, title: 'the collection' },
  ]
  if (offset + numberReturned < numberMatched) {
    const next = { ...json, [ParamOffset]: String(offset + numberReturned) }
    links.push({ href: withParams(itemsUrl, query, next), rel: RelNext, type: ContentTypeGeoJSON, title: 'next page' })
  }
  if (offset > 0) {
    const prevOffset = Math.max(0, offset - limit)
    const prev = { ...json, [ParamOffset]: prevOffset === 0 ? null : String(prevOffset) }
    links.push({ href: withParams(itemsUrl, query, prev), rel: RelPrev, type: ContentTypeGeoJSON, title: 'previous page' })
  }
  return links
}
