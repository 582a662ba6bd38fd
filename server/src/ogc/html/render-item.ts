import type { Feature } from 'geojson'
import type { CollectionDoc } from '../build-collection-doc.ts'
import { html, type SafeHtml } from './html.ts'
import { labelsFor } from './labels.ts'
import type { Lang } from './lang.ts'
import { renderPage } from './render-page.ts'

/** Longest geometry text shown; a village polygon can be megabytes. */
const MaxGeometryChars = 2000

/**
 * Render one feature: its properties and (the start of) its geometry.
 * @param feature the feature
 * @param doc its collection document
 * @param ogcUrl absolute URL of the API root
 * @param lang page language
 * @returns the HTML document
 * @example renderItem(feature, doc, 'http://h/ogc', 'en').value.includes('<pre>') // = true
 */
export function renderItem(feature: Feature, doc: CollectionDoc, ogcUrl: string, lang: Lang): SafeHtml {
  const t = labelsFor(lang)
  const collectionUrl = `${ogcUrl}/collections/${encodeURIComponent(doc.id)}`
  const geometry = feature.geometry ? JSON.stringify(feature.geometry) : t.none
  const shown = geometry.length > MaxGeometryChars ? `${geometry.slice(0, MaxGeometryChars)}…` : geometry
  return renderPage(
    lang,
    `${doc.title}: ${String(feature.id)}`,
    [[t.siteTitle, `${ogcUrl}?f=html`], [doc.title, `${collectionUrl}?f=html`], [t.items, `${collectionUrl}/items?f=html`]],
    html`<table><tbody>${doc.properties.map(
      (p) => html`<tr><th>${p.name}</th><td>${String(feature.properties?.[p.name] ?? '')}</td></tr>`,
    )}</tbody></table>
<h2>${t.geometry}</h2><pre>${shown}</pre>`,
  )
}
