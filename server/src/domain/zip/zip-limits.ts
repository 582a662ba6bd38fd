/** How much an uploaded zip archive may hold once inflated (zip-bomb guard, docs/security.md). */
export interface ZipLimits {
  /** Most bytes all entries together may inflate to. */
  maxTotalBytes: number
  /** Most entries (files and folders) in the central directory. */
  maxEntries: number
  /** Highest inflated:compressed ratio of one entry, checked once the entry is past `ratioFloorBytes`. */
  maxRatio: number
  /** Entries smaller than this are never refused for their ratio (small XML compresses very well). */
  ratioFloorBytes: number
}

const MiB = 1024 * 1024

/**
 * Bulk imports (files up to DIMING_IMPORT_MAX_MB): 1 GiB inflated, 1,000 entries, 100:1 above 4 MiB
 * (the same ratio as Apache POI's ZipSecureFile default).
 */
export const DefaultBulkZipLimits: ZipLimits = { maxTotalBytes: 1024 * MiB, maxEntries: 1000, maxRatio: 100, ratioFloorBytes: 4 * MiB }

/** Form uploads of at most 20 MB (place-name and facility XLSX imports): 200 MiB inflated. */
export const DefaultUploadZipLimits: ZipLimits = { ...DefaultBulkZipLimits, maxTotalBytes: 200 * MiB }
