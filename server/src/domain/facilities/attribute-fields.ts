import { z } from 'zod'

/**
 * Building blocks of the per-type attribute schemas, so every type spells "beds" the same way.
 * Counts are non-negative integers; years are plausible calendar years; dates are ISO 8601.
 */
export const attributeFields = {
  count: () => z.number().int().min(0).max(1_000_000),
  year: () => z.number().int().min(1900).max(2100),
  isoDate: () => z.iso.date(),
  text: (max = 200) => z.string().trim().min(1).max(max),
  /** 运营方式: public = 公办公营, public_private = 公建民营, private = 民办. */
  operationMode: () => z.enum(['public', 'public_private', 'private']),
  /** 农村福利院提档升级 status. */
  upgradeStatus: () => z.enum(['not_needed', 'awaiting', 'in_progress', 'completed']),
  /** 照护等级 offered by an elder-care institution. */
  careLevel: () => z.enum(['self_care', 'semi_disabled', 'disabled', 'dementia']),
  /** 年度检查结果: 合格 / 限期整改 / 不合格. */
  inspectionResult: () => z.enum(['pass', 'rectify', 'fail']),
  /** 应急避难场所等级 (GB 21734): 1 = 紧急, 2 = 固定, 3 = 中心. */
  shelterLevel: () => z.enum(['emergency', 'fixed', 'central']),
} as const

/** Failure reasons for cross-field rules, as exported constants (matched by tests and the UI). */
export const OccupiedExceedsBeds = 'occupied_beds_exceed_beds'
export const ResidentsExceedBeds = 'residents_exceed_beds'
export const UsedPlotsExceedPlots = 'used_plots_exceed_plots'
export const OperatorRequired = 'operator_required_for_public_private'
export const UpgradeYearRequired = 'upgrade_year_required'
export const InspectionIncomplete = 'inspection_result_and_date_go_together'
