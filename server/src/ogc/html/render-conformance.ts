import { html, type SafeHtml } from './html.ts'
import { labelsFor } from './labels.ts'
import type { Lang } from './lang.ts'
import { renderPage } from './render-page.ts'

/**
 * Render the conformance declaration as HTML.
 * @param conformsTo the conformance class URIs
 * @param ogcUrl absolute URL of the API root
 * @param lang page language
 * @returns the HTML document
 * @example renderConformance(['http://…/conf/core'], 'http://h/ogc', 'en').value.includes('conf/core') // = true
 */
export function renderConformance(conformsTo: readonly string[], ogcUrl: string, lang: Lang): SafeHtml {
  const t = labelsFor(lang)
  return renderPage(
    lang,
    t.conformance,
    [[t.siteTitle, `${ogcUrl}?f=html`]],
    html`<ul>${conformsTo.map((uri) => html`<li>${uri}</li>`)}</ul>`,
  )
}
