import { z } from 'zod'
import type { Db } from '../db/db.ts'
import { analyzeCoverage } from '../domain/coverage/analyze-coverage.ts'
import { coverageTables, type AnalysisForExport } from '../domain/coverage/coverage-tables.ts'
import { MAX_REACH_METRES, REACH_PRESETS } from '../domain/coverage/reach-presets.ts'
import { suggestSites } from '../domain/coverage/suggest-sites.ts'
import { whatIfCoverage } from '../domain/coverage/what-if-coverage.ts'
import { tableToXlsx } from '../domain/facilities/table-to-xlsx.ts'
import { createCachedCoverageSource } from '../db/coverage.source.ts'
import { DELETE_ANALYSIS, INSERT_ANALYSIS, SELECT_ANALYSES, SELECT_ANALYSIS, SELECT_ROADS_PRESENT, SELECT_SCOPE_NAME } from '../db/coverage.queries.ts'
import { writeAudit } from '../auth/audit.ts'
import { Conflict, InvalidParameter, NotFound } from '../errors/problem.ts'
import { defineRoute, schemas, type RouteModule } from '../http/route.ts'
import { invalidFromReason, runBody, saveBody, suggestBody, whatIfBody } from './coverage.schemas.ts'
import { XLSX_MEDIA_TYPE } from './facilities.schemas.ts'

type RunBody = z.infer<typeof runBody>

const requestOf = (b: RunBody) => ({ types: b.types, distanceMetres: b.distance_m, network: b.network, scope: b.scope ?? null })

async function requireScope(db: Db, scope: string | null | undefined, prefix: string): Promise<void> {
  if (!scope) return
  const { rows } = await db.query(SELECT_SCOPE_NAME, [scope])
  if (!rows[0]) throw new InvalidParameter(`No division ${scope}.`, [{ parameter: `${prefix}.scope`, detail: 'unknown division' }])
}

async function run(db: Db, body: RunBody, prefix = 'body') {
  await requireScope(db, body.scope, prefix)
  const result = await analyzeCoverage(createCachedCoverageSource(db), requestOf(body))
  if (!result.valid) throw invalidFromReason(result, prefix)
  return result.run
}

async function suggest(db: Db, body: z.infer<typeof suggestBody>, prefix = 'body') {
  await requireScope(db, body.scope, prefix)
  const result = await suggestSites(createCachedCoverageSource(db), {
    ...requestOf(body), k: body.k, candidates: body.candidates, gridMetres: body.grid_m,
    requirePerTownship: body.require_per_township, weight: body.weight, demandClass: body.demand_class, timeLimitSeconds: body.time_limit_s,
  })
  if (!result.valid) throw invalidFromReason(result, prefix)
  return result.suggestion
}

async function whatIf(db: Db, body: z.infer<typeof whatIfBody>, prefix = 'body') {
  await requireScope(db, body.scope, prefix)
  const result = await whatIfCoverage(createCachedCoverageSource(db), { ...requestOf(body), changes: body.changes })
  if (!result.valid) throw invalidFromReason(result, prefix)
  return result.whatIf
}

const idParams = z.object({ id: schemas.id })

/** Coverage-gap analysis: options, run, MCLP suggestions, what-if, saved analyses and their export. */
export const coverageRoutes: RouteModule = [
  defineRoute({
    method: 'get',
    path: '/api/coverage/options',
    summary: 'Distance presets (life circles, emergency shelter), the largest custom reach, and whether road distances are available',
    tags: ['coverage'],
    access: 'coverage.run',
    query: schemas.noQuery,
    responses: { 200: 'Options' },
    handler: async ({ deps }) => {
      const { rows } = await deps.db.query<{ present: boolean }>(SELECT_ROADS_PRESENT)
      return { presets: REACH_PRESETS, max_distance_m: MAX_REACH_METRES, road_network: rows[0]?.present === true }
    },
  }),
  defineRoute({
    method: 'post',
    path: '/api/coverage/run',
    summary: 'Coverage of villages/communities by the chosen facility types: has-a-facility and within reach, per county and township',
    tags: ['coverage'],
    access: 'coverage.run',
    body: runBody,
    responses: { 200: 'Coverage report', 400: 'Invalid parameters (unknown type, distance ≤ 0, unknown scope, no roads)' },
    handler: ({ body, deps }) => run(deps.db, body),
  }),
  defineRoute({
    method: 'post',
    path: '/api/coverage/suggest',
    summary: 'Suggest k new sites (maximal covering location, existing facilities fixed); reports solver, gap and coverage before/after',
    tags: ['coverage'],
    access: 'coverage.run',
    body: suggestBody,
    responses: { 200: 'Suggestion', 400: 'Invalid parameters (k larger than the candidates, …)' },
    handler: ({ body, deps }) => suggest(deps.db, body),
  }),
  defineRoute({
    method: 'post',
    path: '/api/coverage/what-if',
    summary: 'Coverage before and after adding, moving or closing facilities (nothing stored)',
    tags: ['coverage'],
    access: 'coverage.run',
    body: whatIfBody,
    responses: { 200: 'Before, after and delta', 400: 'Invalid changes' },
    handler: ({ body, deps }) => whatIf(deps.db, body),
  }),
  defineRoute({
    method: 'post',
    path: '/api/coverage/analyses',
    summary: 'Compute and save an analysis (run, suggest or what-if) with its parameters, so a reported figure stays reproducible',
    tags: ['coverage'],
    access: 'coverage.save',
    body: saveBody,
    responses: { 201: 'Saved', 400: 'Invalid parameters; nothing saved' },
    handler: async ({ res, body, user, deps, requestId }) => {
      const p = 'body.parameters'
      const results = body.kind === 'run' ? await run(deps.db, body.parameters, p)
        : body.kind === 'suggest' ? await suggest(deps.db, body.parameters, p) : await whatIf(deps.db, body.parameters, p)
      const report = 'after' in results ? results.after : results
      const headline = report.within_reach.headline
      const saved = await deps.db.transaction(async (tx) => {
        const { rows } = await tx.query<{ id: number }>(INSERT_ANALYSIS, [
          body.name, JSON.stringify(body.parameters), body.kind, JSON.stringify(results), headline.zh, headline.en, user!.username,
        ])
        const id = Number(rows[0]!.id)
        await writeAudit(tx, { actor: user, action: 'coverage.save', entityType: 'coverage_analysis', entityId: id, after: { name: body.name, kind: body.kind, parameters: body.parameters }, requestId })
        return (await tx.query(SELECT_ANALYSIS, [id])).rows[0]!
      })
      res.status(201).location(`/api/coverage/analyses/${saved.id}`).json(saved)
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/coverage/analyses',
    summary: 'Saved analyses, newest first (without results)',
    tags: ['coverage'],
    access: 'coverage.run',
    query: schemas.noQuery,
    responses: { 200: 'List' },
    handler: async ({ deps }) => ({ items: (await deps.db.query(SELECT_ANALYSES)).rows }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/coverage/analyses/:id',
    summary: 'One saved analysis with parameters and results',
    tags: ['coverage'],
    access: 'coverage.run',
    params: idParams,
    query: schemas.noQuery,
    responses: { 200: 'Analysis', 404: 'No such analysis' },
    handler: async ({ params, deps }) => {
      const { rows } = await deps.db.query(SELECT_ANALYSIS, [params.id])
      if (!rows[0]) throw new NotFound(`No analysis ${params.id}.`)
      return rows[0]
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/api/coverage/analyses/:id',
    summary: 'Delete a saved analysis; carries the version read',
    tags: ['coverage'],
    access: 'coverage.save',
    params: idParams,
    query: z.object({ version: z.coerce.number().int().min(1) }).strict(),
    responses: { 204: 'Deleted', 404: 'No such analysis', 409: 'Version mismatch' },
    handler: async ({ res, params, query, user, deps, requestId }) => {
      await deps.db.transaction(async (tx) => {
        const { rows } = await tx.query<{ id: number; name: string; version: number }>(SELECT_ANALYSIS, [params.id])
        if (!rows[0]) throw new NotFound(`No analysis ${params.id}.`)
        const deleted = await tx.query(DELETE_ANALYSIS, [params.id, query.version])
        if (deleted.rowCount === 0) throw new Conflict('The analysis was changed by someone else.', rows[0])
        await writeAudit(tx, { actor: user, action: 'coverage.delete', entityType: 'coverage_analysis', entityId: params.id, before: { name: rows[0].name }, requestId })
      })
      res.status(204).end()
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/coverage/analyses/:id/export',
    summary: 'A saved analysis as XLSX: summary and headlines, per county/township figures, uncovered villages, sites or changes',
    tags: ['coverage'],
    access: 'coverage.run',
    params: idParams,
    query: schemas.noQuery,
    responses: { 200: { description: 'Workbook', contentType: XLSX_MEDIA_TYPE }, 404: 'No such analysis' },
    handler: async ({ res, params, deps }) => {
      const { rows } = await deps.db.query<Record<string, unknown>>(SELECT_ANALYSIS, [params.id])
      const row = rows[0]
      if (!row) throw new NotFound(`No analysis ${params.id}.`)
      const parameters = row.parameters as Record<string, unknown>
      const analysis: AnalysisForExport = {
        name: String(row.name), kind: parameters.kind as AnalysisForExport['kind'], parameters, results: row.results as Record<string, unknown>,
        created_at: new Date(row.created_at as string).toISOString(), created_by: String(row.created_by),
      }
      res.type(XLSX_MEDIA_TYPE).attachment(`coverage-analysis-${params.id}.xlsx`).send(await tableToXlsx(coverageTables(analysis)))
    },
  }),
]
