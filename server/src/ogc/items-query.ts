import type { Bbox } from './params/bbox.ts'

/** A validated items request: what the SQL builder needs, nothing from Express. */
export interface ItemsQuery {
  bbox: Bbox | null
  limit: number
  offset: number
  /** Equality filters on allow-listed properties, values already typed. */
  filters: { name: string; value: string | number | boolean }[]
  /** Keyset paging for exports: only features whose id sorts after this one. */
  after?: string | number | null
}
