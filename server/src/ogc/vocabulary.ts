/**
 * Wire vocabulary of the OGC API: query parameter names, link relations, media types and
 * conformance classes, as named constants so handlers, link builders and tests agree.
 * (pg_featureserv `ParamLimit`, `RelSelf`, `ContentTypeGeoJSON`)
 */

// Query parameters (OGC 17-069r4 §7.15)
export const ParamBbox = 'bbox'
export const ParamBboxCrs = 'bbox-crs'
export const ParamLimit = 'limit'
export const ParamOffset = 'offset'
export const ParamFormat = 'f'
export const ParamDatetime = 'datetime'

// Link relations (OGC 17-069r4 §7.2, IANA link relations)
export const RelSelf = 'self'
export const RelAlternate = 'alternate'
export const RelNext = 'next'
export const RelPrev = 'prev'
export const RelCollection = 'collection'
export const RelItems = 'items'
export const RelData = 'data'
export const RelConformance = 'conformance'
export const RelServiceDesc = 'service-desc'
export const RelServiceDoc = 'service-doc'

// Media types
export const ContentTypeGeoJSON = 'application/geo+json'
export const ContentTypeJSON = 'application/json'
export const ContentTypeHTML = 'text/html'
export const ContentTypeOpenAPI = 'application/vnd.oai.openapi+json;version=3.0'
export const ContentTypeMVT = 'application/vnd.mapbox-vector-tile'

// Values of the `f` parameter
export const FormatJSON = 'json'
export const FormatHTML = 'html'
export const Formats = [FormatJSON, FormatHTML] as const
export type Format = (typeof Formats)[number]

// CRS identifiers: CRS84 is lon/lat WGS84, the default of OGC API Features Part 1.
export const CrsCRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84'

// Conformance classes we implement (OGC 17-069r4 Annex A).
export const ConfCore = 'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core'
export const ConfGeoJSON = 'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson'
export const ConfHTML = 'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html'
export const ConfOAS30 = 'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30'
export const ConformanceClasses = [ConfCore, ConfGeoJSON, ConfHTML, ConfOAS30] as const

/** Geometry decimals for map display (~0.1 m) and for survey geometry (boundaries, 界桩). */
export const PrecisionDisplay = 6
export const PrecisionSurvey = 8
