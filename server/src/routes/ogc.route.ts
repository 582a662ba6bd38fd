import type { Response } from 'express'
import { z } from 'zod'
import { InvalidParameter, NotFound } from '../errors/problem.ts'
import { defineRoute, type RouteModule } from '../http/route.ts'
import { listAvailableCollections } from '../ogc/available-collections.ts'
import { buildCollectionDoc } from '../ogc/build-collection-doc.ts'
import { buildLanding } from '../ogc/build-landing.ts'
import { coerceFeatureId } from '../ogc/coerce-feature-id.ts'
import { createFeatureCatalog } from '../ogc/feature-catalog.ts'
import type { SafeHtml } from '../ogc/html/html.ts'
import { pickLang } from '../ogc/html/lang.ts'
import { renderCollection } from '../ogc/html/render-collection.ts'
import { renderCollections } from '../ogc/html/render-collections.ts'
import { renderConformance } from '../ogc/html/render-conformance.ts'
import { renderItem } from '../ogc/html/render-item.ts'
import { renderItems } from '../ogc/html/render-items.ts'
import { renderLanding } from '../ogc/html/render-landing.ts'
import { buildItemsLinks } from '../ogc/links.ts'
import { negotiateFormat } from '../ogc/negotiate-format.ts'
import { readOgcConfig } from '../ogc/ogc-config.ts'
import { parseItemsQuery } from '../ogc/parse-items-query.ts'
import { parsePlainQuery } from '../ogc/parse-plain-query.ts'
import { ogcRootUrl } from '../ogc/request-urls.ts'
import { canRead, resolveCollection } from '../ogc/resolve-collection.ts'
import {
  ConformanceClasses,
  ContentTypeGeoJSON,
  ContentTypeHTML,
  ContentTypeJSON,
  RelAlternate,
  RelCollection,
  RelSelf,
} from '../ogc/vocabulary.ts'

const tags = ['ogc']
const limits = readOgcConfig()
// Documents the common parameters; the real validation is parseItemsQuery (per collection filters),
// so a repeated parameter (an array here) reaches it and gets its own message.
const value = () => z.union([z.string(), z.array(z.string())]).optional()
const itemsQueryDoc = z
  .object({
    bbox: value().describe('minLng,minLat,maxLng,maxLat (CRS84); minLng > maxLng crosses the antimeridian'),
    limit: value().describe(`page size, default ${limits.defaultLimit}, clamped to ${limits.maxLimit}`),
    offset: value().describe('features to skip (next links set it)'),
    f: value().describe('json (GeoJSON) or html; default by Accept'),
  })
  .catchall(value().describe('equality filter on a filterable property'))
const formatDoc = z.object({ f: value().describe('json or html; default by Accept') }).catchall(z.unknown())
const collectionParams = z.object({ collectionId: z.string().min(1).max(100) })
const itemParams = collectionParams.extend({ featureId: z.string().min(1).max(200) })
const jsonOrHtml = (description: string, json = ContentTypeJSON) => ({ 200: { description, contentType: json } })

function sendHtml(res: Response, page: SafeHtml): void {
  res.type(ContentTypeHTML).send(page.value)
}

function sendJson(res: Response, body: unknown, type = ContentTypeJSON): void {
  res.type(type).send(JSON.stringify(body))
}

/** OGC API - Features Part 1 at /ogc (STYLE §6): landing, conformance, collections, items, item. */
export const ogcRoutes: RouteModule = [
  defineRoute({
    method: 'get', path: '/ogc', summary: 'OGC API landing page', tags, access: 'public', query: formatDoc,
    responses: jsonOrHtml('Landing page (JSON or HTML by f / Accept)'),
    handler: ({ req, res }) => {
      const root = ogcRootUrl(req)
      const doc = buildLanding(root, root.replace(/\/ogc$/, '/api/openapi.json'))
      if (negotiateFormat(parsePlainQuery(req.query), req) === 'html') sendHtml(res, renderLanding(doc, root, pickLang(req.get('accept-language'))))
      else sendJson(res, doc)
    },
  }),
  defineRoute({
    method: 'get', path: '/ogc/conformance', summary: 'OGC API conformance classes', tags, access: 'public', query: formatDoc,
    responses: jsonOrHtml('Conformance declaration'),
    handler: ({ req, res }) => {
      const root = ogcRootUrl(req)
      if (negotiateFormat(parsePlainQuery(req.query), req) === 'html') sendHtml(res, renderConformance(ConformanceClasses, root, pickLang(req.get('accept-language'))))
      else sendJson(res, { conformsTo: ConformanceClasses })
    },
  }),
  defineRoute({
    method: 'get', path: '/ogc/collections', summary: 'OGC API collections the caller may read', tags, access: 'public', query: formatDoc,
    responses: jsonOrHtml('Collections'),
    handler: async ({ req, res, user, deps }) => {
      const root = ogcRootUrl(req)
      const lang = pickLang(req.get('accept-language'))
      const format = negotiateFormat(parsePlainQuery(req.query), req)
      const visible = (await listAvailableCollections(deps.db)).filter((c) => canRead(c, user))
      const docs = visible.map((c) => buildCollectionDoc(c, `${root}/collections`, lang))
      if (format === 'html') return sendHtml(res, renderCollections(docs, root, lang))
      sendJson(res, {
        links: [
          { href: `${root}/collections?f=json`, rel: RelSelf, type: ContentTypeJSON, title: 'this document' },
          { href: `${root}/collections?f=html`, rel: RelAlternate, type: ContentTypeHTML, title: 'this document as HTML' },
        ],
        collections: docs,
      })
    },
  }),
  defineRoute({
    method: 'get', path: '/ogc/collections/:collectionId', summary: 'OGC API collection metadata', tags, access: 'public',
    params: collectionParams, query: formatDoc, responses: { ...jsonOrHtml('Collection'), 404: 'No such collection' },
    handler: async ({ req, res, params, user, deps }) => {
      const c = await resolveCollection(deps.db, params.collectionId, user)
      const root = ogcRootUrl(req)
      const lang = pickLang(req.get('accept-language'))
      const doc = buildCollectionDoc(c, `${root}/collections`, lang)
      if (negotiateFormat(parsePlainQuery(req.query), req) === 'html') sendHtml(res, renderCollection(doc, root, lang))
      else sendJson(res, doc)
    },
  }),
  defineRoute({
    method: 'get', path: '/ogc/collections/:collectionId/items', summary: 'OGC API features of a collection', tags, access: 'public',
    params: collectionParams, query: itemsQueryDoc,
    responses: { ...jsonOrHtml('FeatureCollection', ContentTypeGeoJSON), 400: 'Invalid or unknown parameter', 404: 'No such collection' },
    handler: async ({ req, res, params, user, deps }) => {
      const c = await resolveCollection(deps.db, params.collectionId, user)
      const parsed = parseItemsQuery(req.query, c, limits)
      if (!parsed.ok) throw new InvalidParameter('Invalid query parameters.', parsed.errors)
      const q = parsed.value
      const page = await createFeatureCatalog(deps.db).findItems(c, q)
      const root = ogcRootUrl(req)
      const collectionUrl = `${root}/collections/${encodeURIComponent(c.id)}`
      const links = buildItemsLinks({
        itemsUrl: `${collectionUrl}/items`, collectionUrl, query: req.query as Record<string, string>,
        offset: q.offset, limit: q.limit, numberReturned: page.features.length, numberMatched: page.numberMatched,
      })
      const body = { numberMatched: page.numberMatched, numberReturned: page.features.length, links }
      const lang = pickLang(req.get('accept-language'))
      if (negotiateFormat(q.format, req) === 'html') {
        return sendHtml(res, renderItems({ ...body, features: page.features }, buildCollectionDoc(c, `${root}/collections`, lang), root, lang))
      }
      sendJson(res, { type: 'FeatureCollection', ...body, timeStamp: new Date().toISOString(), features: page.features }, ContentTypeGeoJSON)
    },
  }),
  defineRoute({
    method: 'get', path: '/ogc/collections/:collectionId/items/:featureId', summary: 'OGC API one feature', tags, access: 'public',
    params: itemParams, query: formatDoc, responses: { ...jsonOrHtml('Feature', ContentTypeGeoJSON), 404: 'No such feature' },
    handler: async ({ req, res, params, user, deps }) => {
      const c = await resolveCollection(deps.db, params.collectionId, user)
      const format = negotiateFormat(parsePlainQuery(req.query), req)
      const id = coerceFeatureId(c, params.featureId)
      const feature = id === null ? null : await createFeatureCatalog(deps.db).getItem(c, id)
      if (!feature) throw new NotFound(`Feature ${params.featureId} does not exist in collection ${c.id}.`)
      const root = ogcRootUrl(req)
      const collectionUrl = `${root}/collections/${encodeURIComponent(c.id)}`
      const lang = pickLang(req.get('accept-language'))
      if (format === 'html') return sendHtml(res, renderItem(feature, buildCollectionDoc(c, `${root}/collections`, lang), root, lang))
      const self = `${collectionUrl}/items/${encodeURIComponent(params.featureId)}`
      sendJson(res, {
        ...feature,
        links: [
          { href: self, rel: RelSelf, type: ContentTypeGeoJSON, title: 'this feature' },
          { href: `${self}?f=html`, rel: RelAlternate, type: ContentTypeHTML, title: 'this feature as HTML' },
          { href: `${collectionUrl}?f=json`, rel: RelCollection, type: ContentTypeJSON, title: 'the collection' },
        ],
      }, ContentTypeGeoJSON)
    },
  }),
]
