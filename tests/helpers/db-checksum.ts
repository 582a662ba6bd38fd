import type { Queryable } from '../../server/src/db/db.ts'

/** Tables whose rows change on reads or logins, not on writes: never part of a checksum. */
export const VOLATILE_TABLES = ['sessions'] as const

/** Audit rows that record a login rather than a change (none are written today; kept so a future login audit does not break checksums). */
const AUDIT_FILTER = `WHERE action NOT LIKE 'auth.%' AND action NOT LIKE 'users.login%'`

interface TableInfo {
  name: string
  key: string[]
}

const SELECT_TABLES = `
  SELECT c.relname AS name,
         coalesce((SELECT array_agg(a.attname::text ORDER BY k.ord)
                   FROM pg_index i
                   CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
                   JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                   WHERE i.indrelid = c.oid AND i.indisprimary), '{}') AS key
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p') AND n.nspname = coalesce($1, current_schema())
    AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
  ORDER BY c.relname`

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}

/** The tables of a schema (default: the first on the search_path) with their primary-key columns. */
export async function listTables(db: Queryable, schema: string | null = null): Promise<TableInfo[]> {
  const { rows } = await db.query<{ name: string; key: string[] | string }>(SELECT_TABLES, [schema])
  // PGlite returns name[] arrays as arrays; guard against a '{a,b}' text form all the same.
  return rows.map((r) => ({
    name: r.name,
    key: Array.isArray(r.key) ? r.key : String(r.key).replace(/^\{|\}$/g, '').split(',').filter(Boolean),
  }))
}

/**
 * md5 of every table's rows (text form, ordered by primary key), one entry per table, skipping
 * `sessions` and login rows of `audit_log`. Two calls give equal maps exactly when no row changed.
 * @example await tableChecksums(db) // = { audit_log: '9e10…', divisions: '41c2…', … }
 */
export async function tableChecksums(db: Queryable, schema: string | null = null): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  const prefix = schema ? `${quoteIdent(schema)}.` : ''
  for (const table of await listTables(db, schema)) {
    if ((VOLATILE_TABLES as readonly string[]).includes(table.name)) continue
    const order = table.key.length > 0 ? table.key.map((k) => `t.${quoteIdent(k)}`).join(', ') : 't::text'
    const where = table.name === 'audit_log' ? AUDIT_FILTER : ''
    const { rows } = await db.query<{ n: number; md5: string }>(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY ${order}), '')) AS md5
       FROM ${prefix}${quoteIdent(table.name)} t ${where}`,
    )
    out[table.name] = `${rows[0]!.n}:${rows[0]!.md5}`
  }
  return out
}

/** The tables whose checksums differ between two maps (added or removed tables included). */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)])
  return [...names].filter((n) => before[n] !== after[n]).sort()
}

/** Follows a database across requests: reports which tables changed since the last look. */
export interface ChangeWatch {
  /** Takes the reference point (a full checksum). */
  reset(): Promise<void>
  /** Tables changed since the last reset or look; the new state becomes the reference. */
  changedSince(): Promise<string[]>
}

/**
 * A change watch that skips the full checksum when no transaction wrote since the last look
 * (the snapshot's xmax did not move: no transaction id was assigned, so nothing can have changed).
 * The shortcut only saves time; when xmax moved for any reason, every table is checksummed.
 */
export function watchChanges(db: Queryable, schema: string | null = null): ChangeWatch {
  let xmax = ''
  let sums: Record<string, string> = {}
  const readXmax = async () =>
    (await db.query<{ x: string }>('SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS x')).rows[0]!.x
  return {
    async reset() {
      xmax = await readXmax()
      sums = await tableChecksums(db, schema)
    },
    async changedSince() {
      const now = await readXmax()
      if (now === xmax) return []
      const next = await tableChecksums(db, schema)
      const changed = changedTables(sums, next)
      xmax = now
      sums = next
      return changed
    },
  }
}
