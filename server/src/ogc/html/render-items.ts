import type { Feature } from 'geojson'
import type { CollectionDoc } from '../build-collection-doc.ts'
import type { Link } from '../link.ts'
import { html, type SafeHtml } from './html.ts'
import { labelsFor } from './labels.ts'
import type { Lang } from './lang.ts'
import { renderPage } from './render-page.ts'

/** What an items page shows. */
export interface ItemsPage {
  features: Feature[]
  numberMatched: number
  numberReturned: number
  links: Link[]
}

/**
 * Render a page of features as an HTML table with paging links (which open as HTML too).
 * @param page the features, counts and the JSON links of the page
 * @param doc the collection document (column order = its properties)
 * @param ogcUrl absolute URL of the API root
 * @param lang page language
 * @returns the HTML document
 * @example renderItems({ features: [], numberMatched: 0, numberReturned: 0, links: [] }, doc, u, 'en').value.includes('0 matched') // = true
 */
export function renderItems(page: ItemsPage, doc: CollectionDoc, ogcUrl: string, lang: Lang): SafeHtml {
  const t = labelsFor(lang)
  const itemsUrl = `${ogcUrl}/collections/${encodeURIComponent(doc.id)}/items`
  const asHtml = (href: string) => {
    const u = new URL(href)
    u.searchParams.set('f', 'html')
    return u.toString()
  }
  const paging = page.links
    .filter((l) => l.rel === 'prev' || l.rel === 'next')
    .map((l) => html`<a href="${asHtml(l.href)}">${l.rel === 'next' ? t.next : t.prev}</a> `)
  const head = doc.properties.map((p) => html`<th>${p.name}</th>`)
  const rows = page.features.map((f) => {
    const id = encodeURIComponent(String(f.id))
    const cells = doc.properties.map((p) => html`<td>${formatValue(f.properties?.[p.name])}</td>`)
    return html`<tr><td><a href="${itemsUrl}/${id}?f=html">${f.id}</a></td>${cells}</tr>`
  })
  return renderPage(
    lang,
    `${doc.title}: ${t.items}`,
    [[t.siteTitle, `${ogcUrl}?f=html`], [t.collections, `${ogcUrl}/collections?f=html`], [doc.title, `${ogcUrl}/collections/${encodeURIComponent(doc.id)}?f=html`]],
    html`<p>${page.numberMatched} ${t.matched}, ${page.numberReturned} ${t.returned}</p>
<p>${paging}</p>
<table><thead><tr><th>${t.id}</th>${head}</tr></thead><tbody>${rows}</tbody></table>`,
  )
}

function formatValue(v: unknown): string {
  if (v === null || v === undefined) return ''
  return typeof v === 'object' ? JSON.stringify(v) : String(v)
}
