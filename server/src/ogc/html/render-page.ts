import { html, SafeHtml } from './html.ts'
import type { Lang } from './lang.ts'

const STYLE = `body{font-family:"Noto Sans CJK SC","Noto Sans",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1f2933}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f5f7}nav a{margin-right:1rem}pre{white-space:pre-wrap;word-break:break-all;background:#f6f8fa;padding:.5rem}`

/**
 * Wrap page content in a minimal HTML5 document (no scripts, inline style only).
 * @param lang page language (sets `<html lang>`)
 * @param title page title, escaped
 * @param breadcrumbs `[label, href]` pairs shown above the content
 * @param body the page content
 * @returns the full document
 * @example renderPage('en', 'Collections', [['OGC API', '/ogc']], html`<p>hi</p>`).value.startsWith('<!doctype html>') // = true
 */
export function renderPage(lang: Lang, title: string, breadcrumbs: [string, string][], body: SafeHtml): SafeHtml {
  return html`<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title}</title><style>${new SafeHtml(STYLE)}</style></head>
<body><nav>${breadcrumbs.map(([label, href]) => html`<a href="${href}">${label}</a>`)}</nav><h1>${title}</h1>
${body}</body></html>`
}
