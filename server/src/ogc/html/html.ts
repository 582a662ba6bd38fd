/** Markup that is already safe to emit (built by the `html` tag, never from raw input). */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

function render(value: unknown): string {
  if (value instanceof SafeHtml) return value.value
  if (Array.isArray(value)) return value.map(render).join('')
  if (value === null || value === undefined || value === false) return ''
  return String(value).replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch)
}

/**
 * Tagged template that escapes every interpolated value (text and attributes alike) unless it is
 * itself `SafeHtml`; arrays are concatenated, null/undefined/false render as nothing.
 * @example html`<td>${'<b>'}</td>`.value // = '<td>&lt;b&gt;</td>'
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? ''
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '')
  })
  return new SafeHtml(out)
}
