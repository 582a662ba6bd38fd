/**
 * The shared-edge topology kept in boundary_nodes / boundary_lines: derive it from township polygons,
 * name it, rebuild township polygons from it and check that townships still partition their counties.
 * Called by the seed step and by every save (inside the caller's transaction).
 */
import { boundaryLineCode } from '../domain/boundaries/boundary-line-code.ts'
import { boundaryLineName, OUTSIDE_UNIT_NAME } from '../domain/boundaries/boundary-line-name.ts'
import { unitShortCode } from '../domain/boundaries/unit-short-code.ts'
import type { Queryable } from './db.ts'
import {
  INSERT_CREATE_REVISIONS, INSERT_DERIVED_TOPOLOGY, PARTITION_NOISE_M2, REBUILD_TOWNSHIPS, SELECT_INVALID_TOWNSHIPS,
  SELECT_LINES_FOR_NAMING, SELECT_NODES_FOR_LABELS, SELECT_PARTITION_PROBLEMS, UPDATE_LINE_CODE_NAME, UPDATE_NODE_LABEL,
  UPDATE_NODE_UNITS,
} from './boundaries.queries.ts'
import type { Point } from 'geojson'

interface NamingRow {
  id: number
  left_unit_code: string | null
  right_unit_code: string | null
  left_name: string | null
  left_county_name: string | null
  right_name: string | null
  right_county_name: string | null
}

/** Gives every (non-claim) line its code and name; lines between the same pair are numbered west to east. */
export async function nameAllLines(tx: Queryable): Promise<void> {
  const { rows } = await tx.query<NamingRow>(SELECT_LINES_FOR_NAMING)
  const ordinals = new Map<string, number>()
  // Two passes: first free every code (the unique index would clash while codes are swapped).
  for (const row of rows) await tx.query(UPDATE_LINE_CODE_NAME, [row.id, `renaming-${row.id}`, 'renaming'])
  for (const row of rows) {
    const left = row.left_unit_code ? unitShortCode(row.left_unit_code) : null
    const right = row.right_unit_code ? unitShortCode(row.right_unit_code) : null
    const base = boundaryLineCode(left, right)
    const ordinal = (ordinals.get(base) ?? 0) + 1
    ordinals.set(base, ordinal)
    const a = row.left_unit_code ? { code: row.left_unit_code, name: row.left_name ?? '', countyName: row.left_county_name ?? '' } : null
    const b = row.right_unit_code ? { code: row.right_unit_code, name: row.right_name ?? '', countyName: row.right_county_name ?? '' } : null
    const name = boundaryLineName((a ?? b)!, a && b ? b : null)
    await tx.query(UPDATE_LINE_CODE_NAME, [row.id, boundaryLineCode(left, right, ordinal), ordinal > 1 ? `${name}（${ordinal}）` : name])
  }
}

/** Recomputes which units meet at the nodes (null = all) and labels tri-junctions "A、B、C三交点". */
export async function labelNodes(tx: Queryable, nodeIds: number[] | null): Promise<void> {
  await tx.query(UPDATE_NODE_UNITS, [nodeIds])
  const { rows } = await tx.query<{ id: number; kind: string; unit_codes: string[]; unit_names: string[] | null }>(
    SELECT_NODES_FOR_LABELS, [nodeIds],
  )
  for (const row of rows) {
    const names = [...(row.unit_names ?? []), ...(row.unit_codes.includes('EXT') ? [OUTSIDE_UNIT_NAME] : [])]
    const label = row.kind === 'tri_junction' ? `${names.join('、')}三交点` : null
    await tx.query(UPDATE_NODE_LABEL, [row.id, label])
  }
}

/**
 * Builds the edge topology from the township polygons in `divisions` (seed): nodes, lines with their
 * left/right units, codes, names, node labels and a 'create' revision per line.
 * @returns the number of lines created
 */
export async function deriveTopology(tx: Queryable, actor: string): Promise<number> {
  const { rowCount } = await tx.query(INSERT_DERIVED_TOPOLOGY, [actor])
  await nameAllLines(tx)
  await labelNodes(tx, null)
  await tx.query(INSERT_CREATE_REVISIONS, ['derived from the township polygons', actor])
  return rowCount
}

/**
 * Rebuilds township polygons from their edges.
 * @returns the county codes whose townships changed
 */
export async function rebuildTownships(tx: Queryable, townshipCodes: string[], actor: string): Promise<string[]> {
  if (townshipCodes.length === 0) return []
  const { rows } = await tx.query<{ code: string; parent_code: string | null }>(REBUILD_TOWNSHIPS, [townshipCodes, actor])
  return [...new Set(rows.map((r) => r.parent_code).filter((c): c is string => c !== null))]
}

export type PartitionProblemKind = 'gap' | 'excess' | 'overlap' | 'invalid_polygon'

export interface PartitionProblem {
  problem: PartitionProblemKind
  county_code: string | null
  unit_code?: string
  area_m2?: number
  detail?: string
  location: Point | null
}

/**
 * Checks that the townships of the given counties (null = all) still tile each county exactly.
 * @returns the gaps, excess pieces, overlaps (each above the noise area) and invalid township polygons
 */
export async function findPartitionProblems(
  tx: Queryable,
  countyCodes: string[] | null,
  townshipCodes: string[] = [],
  noiseM2 = PARTITION_NOISE_M2,
): Promise<PartitionProblem[]> {
  const invalid = townshipCodes.length === 0 ? [] : (await tx.query<{ code: string; name: string; reason: string | null; location: Point | null }>(
    SELECT_INVALID_TOWNSHIPS, [townshipCodes],
  )).rows
  const problems: PartitionProblem[] = invalid.map((r) => ({
    problem: 'invalid_polygon', county_code: null, unit_code: r.code, detail: `${r.name}: ${r.reason ?? 'no polygon can be built from its edges'}`, location: r.location,
  }))
  if (invalid.length > 0) return problems
  const { rows } = await tx.query<{ county_code: string; problem: PartitionProblemKind; area_m2: number; location: Point }>(
    SELECT_PARTITION_PROBLEMS, [countyCodes, noiseM2],
  )
  return [...problems, ...rows.map((r) => ({ problem: r.problem, county_code: r.county_code, area_m2: r.area_m2, location: r.location }))]
}
