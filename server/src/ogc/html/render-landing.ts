import type { LandingDoc } from '../build-landing.ts'
import { html, type SafeHtml } from './html.ts'
import { labelsFor } from './labels.ts'
import type { Lang } from './lang.ts'
import { renderPage } from './render-page.ts'

/**
 * Render the landing page as HTML.
 * @param doc the landing document (its links are listed)
 * @param ogcUrl absolute URL of the API root
 * @param lang page language
 * @returns the HTML document
 * @example renderLanding(buildLanding(u, o), u, 'zh').value.includes('数据集') // = true
 */
export function renderLanding(doc: LandingDoc, ogcUrl: string, lang: Lang): SafeHtml {
  const t = labelsFor(lang)
  return renderPage(
    lang,
    t.siteTitle,
    [],
    html`<p>${t.siteDescription}</p>
<ul>
<li><a href="${ogcUrl}/collections?f=html">${t.collections}</a></li>
<li><a href="${ogcUrl}/conformance?f=html">${t.conformance}</a></li>
${doc.links.filter((l) => l.rel === 'service-desc').map((l) => html`<li><a href="${l.href}">${t.apiDefinition}</a></li>`)}
<li><a href="${ogcUrl}?f=json">${t.json}</a></li>
</ul>`,
  )
}
