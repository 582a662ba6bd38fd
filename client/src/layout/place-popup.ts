import type { PopupRow } from '../map/popup-content'

type Translate = (key: string) => string
type HasKey = (key: string) => boolean

function textOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value : null
}

/**
 * The name of a place-name class, falling back to its census class (first two digits), then the code itself.
 * @example categoryLabel('2310', t, te) // = '村民委员会'
 */
export function categoryLabel(code: string, t: Translate, te: HasKey): string {
  for (const key of [code, code.slice(0, 2)]) if (te(`places.category.${key}`)) return t(`places.category.${key}`)
  return code
}

/**
 * Rows shown when a name of the register is clicked: pinyin (when known) and class. Missing values are left out.
 * @param properties - the tile feature's properties merged with the entry from the API
 * @param t - the i18n translate function
 * @param te - whether a translation key exists
 */
export function placePopupRows(properties: Record<string, unknown>, t: Translate, te: HasKey): PopupRow[] {
  const rows: PopupRow[] = []
  const pinyin = textOf(properties.pinyin)
  if (pinyin) rows.push({ label: t('placeName.field.pinyin'), value: pinyin })
  const category = textOf(properties.category_code)
  if (category) rows.push({ label: t('placeName.field.category'), value: categoryLabel(category, t, te) })
  return rows
}
