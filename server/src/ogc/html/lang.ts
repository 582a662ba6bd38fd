/** Languages of the HTML pages: Chinese first, English for foreign GIS users. */
export type Lang = 'zh' | 'en'

/**
 * Pick the page language from an `Accept-Language` header: English only when it is preferred over Chinese.
 * @param header the raw header (may be undefined)
 * @returns 'zh' or 'en'
 * @example pickLang('en-GB,en;q=0.9,zh;q=0.5') // = 'en'
 */
export function pickLang(header: string | undefined): Lang {
  if (!header) return 'zh'
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      return { tag, q: q ? Number(q.slice(2)) : 1, i }
    })
    .filter((x) => Number.isFinite(x.q) && x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i)
  const first = ranked.find((x) => x.tag.startsWith('zh') || x.tag.startsWith('en'))
  return first?.tag.startsWith('en') ? 'en' : 'zh'
}
