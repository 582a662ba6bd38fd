import type { ComparableName, NameCatalog } from '../domain/naming/types.ts'
import type { Queryable } from './db.ts'

/**
 * Every name the naming checks compare with, in a division-code prefix ($1 'pattern%') and category
 * prefixes ($2 patterns): register entries, their former and other names, pending candidates (proposed or
 * in notice), manual reservations and rejected names. $3 excludes one proposal's own candidates.
 */
const SELECT_COMPARABLE = `
  SELECT 'place:' || p.id AS id, p.name, p.category_code, p.division_code,
    p.status,
    NULL AS place_id, p.readings
  FROM place_names p
  WHERE p.division_code LIKE $1 AND p.category_code LIKE ANY ($2::text[])
  UNION ALL
  SELECT 'alias:' || a.id, a.name, p.category_code, p.division_code, 'historic', 'place:' || p.id, '{}'::jsonb
  FROM place_name_aliases a JOIN place_names p ON p.id = a.place_id
  WHERE p.division_code LIKE $1 AND p.category_code LIKE ANY ($2::text[])
  UNION ALL
  SELECT 'candidate:' || c.id, c.name, n.category_code, n.division_code,
    CASE n.status WHEN 'in_notice' THEN 'in_notice' ELSE 'proposed' END, NULL, c.readings
  FROM naming_candidates c JOIN naming_proposals n ON n.id = c.proposal_id
  WHERE n.status IN ('submitted', 'in_notice') AND c.status = 'candidate'
    AND n.division_code LIKE $1 AND n.category_code LIKE ANY ($2::text[])
    AND ($3::bigint IS NULL OR n.id <> $3)
  UNION ALL
  SELECT 'reserved:' || r.id, r.name, r.category_code, r.division_code, 'reserved', NULL, '{}'::jsonb
  FROM reserved_names r
  WHERE r.candidate_id IS NULL AND (r.expires_on IS NULL OR r.expires_on >= (now() AT TIME ZONE 'Asia/Shanghai')::date)
    AND r.division_code LIKE $1 AND r.category_code LIKE ANY ($2::text[])
  UNION ALL
  SELECT 'rejected:' || j.id, j.name, j.category_code, j.division_code, 'rejected', NULL, '{}'::jsonb
  FROM rejected_names j
  WHERE j.division_code LIKE $1 AND j.category_code LIKE ANY ($2::text[])`

interface Row {
  id: string
  name: string
  category_code: string
  division_code: string | null
  status: ComparableName['status']
  place_id: string | null
  readings: Record<string, string> | null
}

/**
 * The storage side of the naming checks (`NameCatalog`), reading through a connection or transaction.
 * @param q the database or an open transaction
 * @param options `excludeProposalId`: leave out a proposal's own candidates (re-checking at decision time)
 * @example await createNameCatalog(db).findComparable({ division_prefix: '421202', category_prefixes: ['2530'] })
 */
export function createNameCatalog(q: Queryable, options: { excludeProposalId?: number | null } = {}): NameCatalog {
  return {
    async findComparable({ division_prefix, category_prefixes }) {
      const { rows } = await q.query<Row>(SELECT_COMPARABLE, [
        `${division_prefix}%`, category_prefixes.map((c) => `${c}%`), options.excludeProposalId ?? null,
      ])
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        category_code: r.category_code,
        division_code: r.division_code,
        status: r.status,
        ...(r.place_id ? { place_id: r.place_id } : {}),
        readings: Object.fromEntries(Object.entries(r.readings ?? {}).map(([k, v]) => [Number(k), v])),
      }))
    },
  }
}
