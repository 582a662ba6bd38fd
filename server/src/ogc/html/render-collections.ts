import type { CollectionDoc } from '../build-collection-doc.ts'
import { html, type SafeHtml } from './html.ts'
import { labelsFor } from './labels.ts'
import type { Lang } from './lang.ts'
import { renderPage } from './render-page.ts'

/**
 * Render the list of collections as an HTML table.
 * @param docs the collection documents
 * @param ogcUrl absolute URL of the API root
 * @param lang page language
 * @returns the HTML document
 * @example renderCollections([], 'http://h/ogc', 'en').value.includes('<table>') // = true
 */
export function renderCollections(docs: CollectionDoc[], ogcUrl: string, lang: Lang): SafeHtml {
  const t = labelsFor(lang)
  const rows = docs.map(
    (d) => html`<tr><td><a href="${ogcUrl}/collections/${encodeURIComponent(d.id)}?f=html">${d.id}</a></td>
<td>${d.title}</td><td>${d.description}</td><td>${d.geometryType}</td>
<td><a href="${ogcUrl}/collections/${encodeURIComponent(d.id)}/items?f=html">${t.items}</a></td></tr>`,
  )
  return renderPage(
    lang,
    t.collections,
    [[t.siteTitle, `${ogcUrl}?f=html`]],
    html`<table><thead><tr><th>${t.id}</th><th>${t.collections}</th><th></th><th>${t.geometry}</th><th>${t.items}</th></tr></thead>
<tbody>${rows}</tbody></table>`,
  )
}
