import { z } from 'zod'
import { validateBoundaries, validateDraft } from '../db/boundaries.validation.ts'
import { DEFAULT_MARKER_TOLERANCE_M } from '../domain/boundaries/validate-marker-on-line.ts'
import { defineRoute, type RouteModule } from '../http/route.ts'
import { code12, lineStringGeometry } from './boundaries.schemas.ts'

/** Default sliver threshold: gap pieces and polygon parts under 100 m² are slivers, not real land. */
export const DEFAULT_SLIVER_AREA_M2 = 100

const options = {
  county: code12.optional(),
  sliver_area_m2: z.coerce.number().finite().min(0).max(1e6).default(DEFAULT_SLIVER_AREA_M2),
  marker_tolerance_m: z.coerce.number().finite().min(0).max(100).default(DEFAULT_MARKER_TOLERANCE_M),
}

/** Validation of the boundary survey: stored state (GET) or proposed line geometries, not stored (POST). */
export const boundaryValidationRoutes: RouteModule = [
  defineRoute({
    method: 'get',
    path: '/api/boundaries/validation',
    summary: 'Validate the stored boundaries: gaps, overlaps, slivers, partition of each county, self-intersections, crossings, markers on lines, numbering order',
    tags: ['boundaries'],
    access: 'boundaries.read',
    query: z.object(options).strict(),
    responses: { 200: 'Validation report with located errors', 400: 'Invalid parameter' },
    handler: async ({ query, deps }) => deps.db.transaction((tx) => validateBoundaries(tx, {
      countyCodes: query.county ? [query.county] : null, sliverAreaM2: query.sliver_area_m2, markerToleranceM: query.marker_tolerance_m,
    })),
  }),
  defineRoute({
    method: 'post',
    path: '/api/boundaries/validation',
    summary: 'Validate proposed (unsaved) line geometries as if they were saved; nothing is stored',
    tags: ['boundaries'],
    access: 'boundaries.read',
    body: z.object({
      lines: z.array(z.object({ id: z.number().int().positive(), geometry: lineStringGeometry }).strict()).max(200).default([]),
      ...options,
      sliver_area_m2: z.number().finite().min(0).max(1e6).default(DEFAULT_SLIVER_AREA_M2),
      marker_tolerance_m: z.number().finite().min(0).max(100).default(DEFAULT_MARKER_TOLERANCE_M),
    }).strict(),
    responses: { 200: 'Validation report with located errors', 400: 'Invalid body' },
    handler: async ({ body, user, deps }) => validateDraft(deps.db, body.lines, {
      countyCodes: body.county ? [body.county] : null, sliverAreaM2: body.sliver_area_m2, markerToleranceM: body.marker_tolerance_m,
    }, user!.username),
  }),
]
