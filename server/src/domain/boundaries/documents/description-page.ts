import { escapeHtml, printablePage } from './render-table-html.ts';

/**
 * The printable 界线走向说明 page of one line.
 * @param line the line's name and code
 * @param text the (possibly edited) description
 * @returns HTML text
 * @example
 * descriptionPage({ name: 'A—B线', code: 'A-B' }, '本界线…').includes('界线走向说明');
 * // = true
 */
export function descriptionPage(line: { name: string; code: string }, text: string): string {
  return printablePage(`${line.name} 界线走向说明`, `<h1>${escapeHtml(line.name)}</h1>
<p class="subtitle">界线走向说明 · Boundary description · ${escapeHtml(line.code)}</p>
<div class="text">${escapeHtml(text)}</div>`);
}
