/** An OGC/RFC 8288 link object as it appears in `links` arrays. */
export interface Link {
  href: string
  rel: string
  type?: string
  title?: string
}
