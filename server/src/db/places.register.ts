import type { Geometry } from 'geojson'
import { writeAudit } from '../auth/audit.ts'
import { resolveSettings } from '../domain/naming/rule-set-settings.ts'
import { placeNameFields, type PlaceNameFields } from '../domain/places/place-name-fields.ts'
import { Conflict, NotFound, Unprocessable } from '../errors/problem.ts'
import type { Queryable } from './db.ts'
import {
  DELETE_ALIAS, INSERT_ALIAS, INSERT_PLACE, INSERT_REVISION, SELECT_ALIASES, SELECT_DIVISION_AT, SELECT_PLACE,
  SELECT_PLACE_FOR_UPDATE, SELECT_REVISIONS, UPDATE_PLACE,
} from './places.queries.ts'
import { ruleSetForDivision } from './places.rule-sets.ts'

/** Who is acting (a session user, or the seed/importer). */
export interface Actor {
  id: number | null
  username: string
}

/** A register entry as written by the API, the importer and the workflow. */
export interface PlaceInput {
  name: string
  category_code: string
  geometry: Geometry
  readings?: Record<number, string>
  /** An officer's romanisation; generated when absent. */
  pinyin?: string | null
  pinyin_confirmed?: boolean
  location_description?: string | null
  meaning?: string | null
  origin?: string | null
  status?: 'proposed' | 'in_notice' | 'approved' | 'retired'
  approval_authority?: string | null
  document_number?: string | null
  approved_on?: string | null
  source: string
}

export type PlaceRow = Record<string, unknown> & { id: number; name: string; status: string; version: number; division_code: string | null; geometry: Geometry }

/**
 * The deepest division covering the geometry (point on surface), found in the database: the division of
 * a place is never taken from input.
 * @returns the division, or null outside every division
 */
export async function locateDivision(q: Queryable, geometry: Geometry): Promise<{ code: string; name: string; level: string } | null> {
  const { rows } = await q.query<{ code: string; name: string; level: string }>(SELECT_DIVISION_AT, [JSON.stringify(geometry)])
  return rows[0] ?? null
}

/** Locate the division or refuse: a name outside the city's divisions cannot be registered here. */
export async function requireDivision(q: Queryable, geometry: Geometry, parameter = 'body.geometry') {
  const division = await locateDivision(q, geometry)
  if (!division) {
    const detail = 'The geometry lies outside every division of this city (地理实体不在本辖区内).'
    throw new Unprocessable(detail, [{ parameter, detail }])
  }
  return division
}

/** Stored fields of a name under the rule set governing its division. */
export async function fieldsFor(q: Queryable, divisionCode: string, input: { name: string; category_code: string; readings?: Record<number, string>; pinyin?: string | null }): Promise<PlaceNameFields> {
  const settings = resolveSettings((await ruleSetForDivision(q, divisionCode)).settings)
  return placeNameFields(input.name, input, settings)
}

const snapshot = (row: Record<string, unknown>) => {
  const { created_at: _c, updated_at: _u, created_by: _cb, updated_by: _ub, ...rest } = row
  return rest
}

/** Append a revision (who, when, why, before/after) and the audit row, in the caller's transaction. */
export async function recordChange(tx: Queryable, placeId: number, action: string, actor: Actor, reason: string | null,
  before: Record<string, unknown> | null, after: Record<string, unknown> | null, requestId?: string) {
  await tx.query(INSERT_REVISION, [placeId, action, reason, before ? JSON.stringify(snapshot(before)) : null,
    after ? JSON.stringify(snapshot(after)) : null, actor.username])
  await writeAudit(tx, { actor: actor.id === null ? null : { id: actor.id, username: actor.username }, action: `places.${action}`,
    entityType: 'place_name', entityId: placeId, before: before ? snapshot(before) : undefined, after: after ? snapshot(after) : undefined, reason, requestId })
}

/** Read one entry (with geometry); throws NotFound. */
export async function getPlace(q: Queryable, id: number, forUpdate = false): Promise<PlaceRow> {
  const { rows } = await q.query<PlaceRow>(forUpdate ? SELECT_PLACE_FOR_UPDATE : SELECT_PLACE, [id])
  if (!rows[0]) throw new NotFound(`No place name ${id}.`)
  return rows[0]
}

/**
 * Insert a register entry: division from the geometry, parts, romanisation and keys computed here.
 * @returns the new id
 */
export async function createPlace(tx: Queryable, input: PlaceInput, actor: Actor, options: { action?: string; reason?: string | null; requestId?: string } = {}): Promise<number> {
  const division = await requireDivision(tx, input.geometry)
  const f = await fieldsFor(tx, division.code, input)
  const { rows } = await tx.query<{ id: number }>(INSERT_PLACE, [
    f.name, f.specific_name, f.generic_name, f.pinyin, input.pinyin_confirmed ?? Boolean(input.pinyin), JSON.stringify(input.readings ?? {}),
    input.category_code, division.code, JSON.stringify(input.geometry), input.location_description ?? null, input.meaning ?? null,
    input.origin ?? null, input.status ?? 'approved', input.approval_authority ?? null, input.document_number ?? null,
    input.approved_on ?? null, input.source, f.search_pinyin, f.search_initials, f.normalized_name, actor.username,
  ])
  const id = Number(rows[0]!.id)
  await recordChange(tx, id, options.action ?? 'create', actor, options.reason ?? null, null, await getPlace(tx, id), options.requestId)
  return id
}

/** Fields an update may change; absent fields keep their value. */
export type PlacePatch = Partial<Omit<PlaceInput, 'source'>> & { version: number; reason: string; keep_old_name_as?: 'historic' | 'alternate' | null }

/**
 * Update an entry with optimistic locking; a name change can keep the old name as a former name.
 * @returns the new version
 */
export async function updatePlace(tx: Queryable, id: number, patch: PlacePatch, actor: Actor, requestId?: string, action = 'update'): Promise<number> {
  const before = await getPlace(tx, id, true)
  if (before.version !== patch.version) throw new Conflict(`Place name ${id} was changed by someone else; reload and reapply.`, before)
  const geometry = patch.geometry ?? before.geometry
  const division = patch.geometry ? await requireDivision(tx, geometry) : { code: before.division_code as string }
  const name = patch.name ?? before.name
  const category_code = patch.category_code ?? (before.category_code as string)
  const readings = patch.readings ?? (before.readings as Record<number, string>)
  const nameChanged = name !== before.name || patch.readings !== undefined || patch.category_code !== undefined
  const pinyin = patch.pinyin !== undefined ? patch.pinyin : nameChanged ? null : (before.pinyin as string)
  const f = await fieldsFor(tx, division.code, { name, category_code, readings, pinyin })
  const pick = <T>(key: keyof PlaceInput, fallback: unknown) => (patch[key as keyof PlacePatch] !== undefined ? patch[key as keyof PlacePatch] : fallback) as T
  const { rows } = await tx.query<{ version: number }>(UPDATE_PLACE, [
    id, f.name, f.specific_name, f.generic_name, f.pinyin,
    patch.pinyin_confirmed ?? (patch.pinyin ? true : nameChanged ? false : before.pinyin_confirmed),
    JSON.stringify(readings), category_code, division.code, JSON.stringify(geometry),
    pick('location_description', before.location_description), pick('meaning', before.meaning), pick('origin', before.origin),
    pick('status', before.status), pick('approval_authority', before.approval_authority), pick('document_number', before.document_number),
    pick('approved_on', before.approved_on), f.search_pinyin, f.search_initials, f.normalized_name, actor.username, patch.version,
  ])
  if (!rows[0]) throw new Conflict(`Place name ${id} was changed by someone else; reload and reapply.`, before)
  if (name !== before.name && patch.keep_old_name_as) {
    await insertAlias(tx, id, { name: before.name, kind: patch.keep_old_name_as, valid_to: new Date().toISOString().slice(0, 10) }, division.code, actor)
  }
  await recordChange(tx, id, name !== before.name ? 'rename' : action, actor, patch.reason, before, await getPlace(tx, id), requestId)
  return Number(rows[0].version)
}

/** An alias as written. */
export interface AliasInput {
  name: string
  kind: 'historic' | 'alternate' | 'abbreviation' | 'colloquial'
  valid_from?: string | null
  valid_to?: string | null
  note?: string | null
}

/** Insert an alias with its keys (no revision: callers record the change). */
export async function insertAlias(tx: Queryable, placeId: number, alias: AliasInput, divisionCode: string, actor: Actor): Promise<number> {
  const f = await fieldsFor(tx, divisionCode, { name: alias.name, category_code: '25' })
  const { rows } = await tx.query<{ id: number }>(INSERT_ALIAS, [placeId, f.name, alias.kind, alias.valid_from ?? null,
    alias.valid_to ?? null, alias.note ?? null, f.search_pinyin, f.search_initials, f.normalized_name, actor.username])
  return Number(rows[0]!.id)
}

/** Remove an alias; throws NotFound. */
export async function deleteAlias(tx: Queryable, placeId: number, aliasId: number): Promise<{ name: string; kind: string }> {
  const { rows } = await tx.query<{ name: string; kind: string }>(DELETE_ALIAS, [aliasId, placeId])
  if (!rows[0]) throw new NotFound(`No alias ${aliasId} of place name ${placeId}.`)
  return rows[0]
}

/** One entry with its aliases and (for staff) its revision history. */
export async function placeDetail(q: Queryable, id: number, internal: boolean) {
  const place = await getPlace(q, id)
  const aliases = (await q.query(SELECT_ALIASES, [id])).rows
  const revisions = internal ? (await q.query(SELECT_REVISIONS, [id])).rows : undefined
  return { ...place, aliases, ...(revisions ? { revisions } : {}) }
}
