import type { Geometry } from 'geojson'

/** One feature or row read from an import file, before validation. */
export interface ImportRecord {
  /** 1-based position in the file as a person counts it (spreadsheet rows count the header as 1). */
  row: number
  properties: Record<string, unknown>
  /** The geometry as read (GeoJSON, lon/lat), null when the record has none. */
  geometry: Geometry | null
  /** Set when the row's geometry cells could not be read (tabular formats). */
  geometryIssue?: { field: string; detail: string }
}

/** One problem with one record, for the validation report. */
export interface ImportIssue {
  row: number
  field: string
  detail: string
}

/**
 * A stream of records. Tabular sources (CSV, XLSX, Shapefile) give every record every column, so
 * missing columns are a file problem found on the first record; GeoJSON properties vary per feature.
 */
export interface RecordSource {
  tabular: boolean
  records: AsyncIterable<ImportRecord>
}
