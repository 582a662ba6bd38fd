import type { CoverageSummary } from './summarize-coverage.ts'
import type { CoverageMeasure } from './coverage-types.ts'

/** What the headline is about. */
export interface HeadlineContext {
  measure: CoverageMeasure
  /** Reach in metres (within-reach measure only). */
  radiusMetres?: number
  /** Facility type labels in each language, joined with 、 / ", ". */
  typeLabels: { zh: string[]; en: string[] }
  /** Scope name such as 咸宁市 (optional). */
  scopeName?: { zh: string; en: string }
}

/**
 * Formats a rate as a percentage with at most one decimal and no trailing ".0".
 * @example formatPercent(0.578) // = '57.8%'
 * @example formatPercent(0.86) // = '86%'
 */
export function formatPercent(rate: number): string {
  return `${Math.round(rate * 1000) / 10}%`
}

/** Formats a distance for prose: "500 米" / "1 公里" (zh), "500 m" / "1 km" (en). */
export function formatReach(metres: number, lang: 'zh' | 'en'): string {
  if (metres >= 1000) return lang === 'zh' ? `${metres / 1000} 公里` : `${metres / 1000} km`
  return lang === 'zh' ? `${metres} 米` : `${metres} m`
}

/**
 * The sentence a work report can quote, in Chinese and English, e.g.
 * "咸宁市农村老年人互助照料活动中心（1 公里内）：城市社区覆盖率 86%，农村 57.8%".
 * A class with no demand points is left out; with neither, the sentence says there is no demand.
 * @param summary the coverage summary
 * @param context measure, reach, type labels, scope
 * @returns `{ zh, en }`
 */
export function formatCoverageHeadline(summary: CoverageSummary, context: HeadlineContext): { zh: string; en: string } {
  const { urban, rural } = summary.total
  const reachZh = context.measure === 'within_reach' ? `（${formatReach(context.radiusMetres ?? 0, 'zh')}内）` : '（辖区内设有）'
  const reachEn =
    context.measure === 'within_reach' ? ` within ${formatReach(context.radiusMetres ?? 0, 'en')}` : ' (one in the village or community)'
  const zhParts: string[] = []
  const enParts: string[] = []
  if (urban.countRate !== null) {
    zhParts.push(`城市社区覆盖率 ${formatPercent(urban.countRate)}`)
    enParts.push(`urban communities ${formatPercent(urban.countRate)} covered`)
  }
  if (rural.countRate !== null) {
    zhParts.push(`${zhParts.length ? '农村' : '农村覆盖率'} ${formatPercent(rural.countRate)}`)
    enParts.push(`rural villages ${formatPercent(rural.countRate)}`)
  }
  const subjectZh = `${context.scopeName?.zh ?? ''}${context.typeLabels.zh.join('、')}${reachZh}`
  const subjectEn = `${context.scopeName ? `${context.scopeName.en}, ` : ''}${context.typeLabels.en.join(', ')}${reachEn}`
  if (!zhParts.length) return { zh: `${subjectZh}：无社区或村数据`, en: `${subjectEn}: no communities or villages in scope` }
  return { zh: `${subjectZh}：${zhParts.join('，')}`, en: `${subjectEn}: ${enParts.join(', ')}` }
}
