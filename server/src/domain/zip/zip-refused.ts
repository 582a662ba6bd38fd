/** An archive the zip guard will not inflate (too big, too many entries, too compressed, lying sizes). */
export class ZipRefused extends Error {
  constructor(
    readonly reason: string,
    detail: string,
  ) {
    super(detail)
  }
}

/** More entries than `ZipLimits.maxEntries`. */
export const ReasonZipTooManyEntries = 'zip_too_many_entries'
/** The entries inflate (or declare they inflate) to more than `ZipLimits.maxTotalBytes`. */
export const ReasonZipTooLarge = 'zip_too_large'
/** One entry past `ratioFloorBytes` inflates more than `maxRatio` times its compressed size. */
export const ReasonZipRatioTooHigh = 'zip_ratio_too_high'
/** An entry inflates to more bytes than its central-directory record declares. */
export const ReasonZipSizeMismatch = 'zip_size_mismatch'

/** Every reason a `ZipRefused` can carry. */
export const ZipRefusalReasons = [ReasonZipTooManyEntries, ReasonZipTooLarge, ReasonZipRatioTooHigh, ReasonZipSizeMismatch] as const
