import { escapeHtml } from './escape-html.ts'

/** A printable table: caption rows above, columns, rows; every value is escaped. */
export interface PrintTable {
  heading?: string
  columns: Array<{ header: string; key: string }>
  rows: Array<Record<string, unknown>>
}

/**
 * Render a printable A4 page (公告, 标准地名录): a title, lines of text, tables and a closing block,
 * styled for paper (no map, no navigation). All data is escaped.
 * @returns a complete HTML document
 * @example renderPrintPage({ title: '公告', lines: [], tables: [] }).startsWith('<!doctype html>') // = true
 */
export function renderPrintPage(page: { title: string; subtitle?: string; lines: string[]; tables: PrintTable[]; closing?: string[] }): string {
  const table = (t: PrintTable) => `
    ${t.heading ? `<h2>${escapeHtml(t.heading)}</h2>` : ''}
    <table><thead><tr>${t.columns.map((c) => `<th>${escapeHtml(c.header)}</th>`).join('')}</tr></thead>
    <tbody>${t.rows.map((r) => `<tr>${t.columns.map((c) => `<td>${escapeHtml(r[c.key])}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(page.title)}</title>
<style>
  @page { size: A4; margin: 18mm 15mm; }
  body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; color: #000; margin: 0 auto; max-width: 190mm; line-height: 1.6; }
  h1 { text-align: center; font-size: 20pt; margin: 0.4em 0 0.1em; color: #b00; }
  .subtitle { text-align: center; margin: 0 0 1em; }
  p { text-indent: 2em; margin: 0.3em 0; font-size: 11.5pt; }
  h2 { font-size: 13pt; margin: 1em 0 0.3em; }
  table { width: 100%; border-collapse: collapse; font-size: 9.5pt; page-break-inside: auto; }
  th, td { border: 1px solid #333; padding: 3px 5px; vertical-align: top; }
  th { background: #eee; }
  tr { page-break-inside: avoid; }
  .closing { text-align: right; margin-top: 2em; }
  .closing div { margin: 0.2em 0; }
  @media screen { body { padding: 1em; background: #fafafa; } }
</style></head>
<body>
<h1>${escapeHtml(page.title)}</h1>
${page.subtitle ? `<div class="subtitle">${escapeHtml(page.subtitle)}</div>` : ''}
${page.lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}
${page.tables.map(table).join('\n')}
${page.closing?.length ? `<div class="closing">${page.closing.map((c) => `<div>${escapeHtml(c)}</div>`).join('')}</div>` : ''}
</body></html>`
}
