import type { TableDocument } from './table-document.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const PRINT_CSS = `
  @page { size: A4 landscape; margin: 12mm; }
  body { font-family: "Noto Sans CJK SC", "Noto Sans SC", sans-serif; color: #111; margin: 16px; }
  h1 { font-size: 18pt; text-align: center; margin: 0 0 4px; }
  .subtitle { text-align: center; margin: 0 0 12px; }
  table { border-collapse: collapse; width: 100%; font-size: 9pt; }
  th, td { border: 1px solid #333; padding: 3px 5px; vertical-align: top; }
  th { background: #eee; }
  td.right { text-align: right; font-variant-numeric: tabular-nums; }
  thead { display: table-header-group; }
  tr { page-break-inside: avoid; }
  .notes { font-size: 8pt; margin-top: 8px; }
  .text { white-space: pre-wrap; font-size: 12pt; line-height: 1.8; }
  @media print { .no-print { display: none; } }`;

/**
 * A complete printable HTML page (A4 landscape) for a table document.
 * @param doc the table
 * @returns HTML text
 * @example
 * renderTableHtml({ title: 'T', subtitle: 'S', columns: [], rows: [], notes: [] }).startsWith('<!doctype html>');
 * // = true
 */
export function renderTableHtml(doc: TableDocument): string {
  const head = doc.columns.map((c) => `<th>${escapeHtml(c.header)}</th>`).join('');
  const body = doc.rows.map((row) => `<tr>${doc.columns.map((c) => {
    const value = row[c.key];
    return `<td${c.align === 'right' ? ' class="right"' : ''}>${value === null || value === undefined ? '' : escapeHtml(String(value))}</td>`;
  }).join('')}</tr>`).join('\n');
  return printablePage(doc.title, `<h1>${escapeHtml(doc.title)}</h1><p class="subtitle">${escapeHtml(doc.subtitle)}</p>
<table><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table>
<div class="notes">${doc.notes.map((n) => `<p>${escapeHtml(n)}</p>`).join('')}<p>共 ${doc.rows.length} 行 · ${doc.rows.length} rows</p></div>`);
}

/**
 * Wraps content in a printable HTML page with the shared print style.
 * @param title page title
 * @param content HTML body content (already escaped)
 * @returns HTML text
 * @example
 * printablePage('T', '<p>x</p>').includes('<title>T</title>');
 * // = true
 */
export function printablePage(title: string, content: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${PRINT_CSS}</style></head>
<body>
${content}
</body></html>
`;
}
