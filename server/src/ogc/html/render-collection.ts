import type { CollectionDoc } from '../build-collection-doc.ts'
import { html, type SafeHtml } from './html.ts'
import { labelsFor } from './labels.ts'
import type { Lang } from './lang.ts'
import { renderPage } from './render-page.ts'

/**
 * Render one collection's metadata: description, items link and the property table.
 * @param doc the collection document
 * @param ogcUrl absolute URL of the API root
 * @param lang page language
 * @returns the HTML document
 * @example renderCollection(doc, 'http://h/ogc', 'zh').value.includes('可筛选') // = true
 */
export function renderCollection(doc: CollectionDoc, ogcUrl: string, lang: Lang): SafeHtml {
  const t = labelsFor(lang)
  const url = `${ogcUrl}/collections/${encodeURIComponent(doc.id)}`
  return renderPage(
    lang,
    doc.title,
    [[t.siteTitle, `${ogcUrl}?f=html`], [t.collections, `${ogcUrl}/collections?f=html`]],
    html`<p>${doc.description}</p>
<p><a href="${url}/items?f=html">${t.items}</a> · <a href="${url}?f=json">${t.json}</a> · ${t.geometry}: ${doc.geometryType}</p>
<h2>${t.properties}</h2>
<table><thead><tr><th>${t.properties}</th><th>${t.type}</th><th>${t.filterable}</th></tr></thead>
<tbody>${doc.properties.map((p) => html`<tr><td>${p.name}</td><td>${p.type}</td><td>${p.filterable ? t.yes : ''}</td></tr>`)}</tbody></table>`,
  )
}
