import type { PopupRow } from '../map/popup-content'

type Translate = (key: string) => string

function formatCount(value: unknown, locale: string): string | null {
  return typeof value === 'number' && Number.isFinite(value) ? value.toLocaleString(locale) : null
}

function textOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value : null
}

/**
 * Rows shown when a division is clicked: level, codes, urban-rural class, population and data source.
 * Missing values are left out. Each source column is shown, so generated (synthetic) values are never
 * mistaken for surveyed data.
 * @param properties - the clicked feature's properties (column names)
 * @param t - the i18n translate function
 * @param locale - for number formatting
 */
export function divisionPopupRows(properties: Record<string, unknown>, t: Translate, locale: string): PopupRow[] {
  const rows: Array<PopupRow | null> = [
    textOf(properties.level) ? { label: t('division.field.level'), value: t(`division.level.${properties.level}`) } : null,
    textOf(properties.code) ? { label: t('division.field.code'), value: String(properties.code) } : null,
    textOf(properties.admin_code) ? { label: t('division.field.adminCode'), value: String(properties.admin_code) } : null,
    textOf(properties.urban_rural_code) ? { label: t('division.field.urbanRuralCode'), value: String(properties.urban_rural_code) } : null,
  ]
  const population = formatCount(properties.population_total, locale)
  if (population) rows.push({ label: t('division.field.population'), value: population })
  const aged = formatCount(properties.population_aged_60_plus, locale)
  if (aged) rows.push({ label: t('division.field.aged60Plus'), value: aged })
  const sourceFields = [
    ['source', 'division.field.source'], ['geom_source', 'division.field.geomSource'],
    ['population_source', 'division.field.populationSource'], ['urban_rural_source', 'division.field.urbanRuralSource'],
  ] as const
  for (const [field, key] of sourceFields) {
    const value = textOf(properties[field])
    if (value) rows.push({ label: t(key), value })
  }
  return rows.filter((row): row is PopupRow => row !== null)
}
