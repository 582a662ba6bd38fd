/** The whole file is unusable (not one bad row): broken zip, wrong encoding, missing columns. */
export class BadImportFile extends Error {
  constructor(
    readonly reason: string,
    detail: string,
  ) {
    super(detail)
  }
}

export const ReasonBrokenArchive = 'broken_archive'
export const ReasonBadEncoding = 'bad_encoding'
export const ReasonMissingColumns = 'missing_columns'
export const ReasonNotParseable = 'not_parseable'
export const ReasonEmpty = 'empty_file'
