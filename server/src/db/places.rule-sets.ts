import { bundledRuleSets } from '../domain/naming/bundled-rule-sets.ts'
import { resolveRuleSet, type ResolvedRuleSet } from '../domain/naming/resolve-rule-set.ts'
import type { RuleSet } from '../domain/naming/rule-set.schema.ts'
import type { Queryable } from './db.ts'

const INSERT_RULE_SET = `
  INSERT INTO naming_rule_sets (rule_set_id, rule_set_version, jurisdiction, body, change_note, created_by, updated_by)
  VALUES ($1, $2, $3, $4::jsonb, $5, $6, $6)
  ON CONFLICT (rule_set_id, rule_set_version) DO NOTHING`

const SELECT_LATEST = `
  SELECT DISTINCT ON (rule_set_id) rule_set_id, rule_set_version, jurisdiction, body, change_note, created_by, created_at
  FROM naming_rule_sets ORDER BY rule_set_id, rule_set_version DESC`

const SELECT_VERSIONS = `
  SELECT rule_set_version, change_note, created_by, created_at FROM naming_rule_sets
  WHERE rule_set_id = $1 ORDER BY rule_set_version DESC`

export interface StoredRuleSet {
  rule_set_id: string
  rule_set_version: number
  jurisdiction: string
  body: RuleSet
  change_note: string | null
  created_by: string
  created_at: string
}

/**
 * Make sure the shipped rule sets (domain/naming/rulesets/*.json) are stored; idempotent.
 * @param q the database or a transaction
 */
export async function ensureRuleSets(q: Queryable): Promise<void> {
  for (const set of bundledRuleSets()) {
    await q.query(INSERT_RULE_SET, [set.id, set.version, set.jurisdiction, JSON.stringify(set), 'shipped with Diming', 'system'])
  }
}

/** The newest version of every stored rule set (shipped ones stored first). */
export async function latestRuleSets(q: Queryable): Promise<StoredRuleSet[]> {
  let { rows } = await q.query<StoredRuleSet>(SELECT_LATEST)
  if (rows.length === 0) {
    await ensureRuleSets(q)
    rows = (await q.query<StoredRuleSet>(SELECT_LATEST)).rows
  }
  return rows
}

/** Versions of one rule set, newest first. */
export async function ruleSetVersions(q: Queryable, id: string) {
  return (await q.query<{ rule_set_version: number; change_note: string | null; created_by: string; created_at: string }>(SELECT_VERSIONS, [id])).rows
}

/**
 * The rule set governing a division: the one whose jurisdiction is the longest prefix of the division code
 * (421200 governs 421202001000), else the national baseline; inheritance resolved.
 * @example (await ruleSetForDivision(db, '421202001000')).id // = 'cn-421200'
 */
export async function ruleSetForDivision(q: Queryable, divisionCode: string): Promise<ResolvedRuleSet> {
  const sets = await latestRuleSets(q)
  const prefix = (j: string) => j.replace(/(00)+$/, '')
  const governing = sets
    .filter((s) => divisionCode.startsWith(prefix(s.jurisdiction)))
    .sort((a, b) => prefix(b.jurisdiction).length - prefix(a.jurisdiction).length)[0]
  if (!governing) throw new Error(`No naming rule set governs division ${divisionCode}, not even a national one (jurisdiction 000000).`)
  return resolveRuleSet(governing.body, (id) => sets.find((s) => s.rule_set_id === id)?.body)
}

/**
 * Store a new version of a rule set (already validated).
 * @returns the version number stored
 */
export async function insertRuleSetVersion(q: Queryable, body: RuleSet, note: string | null, actor: string): Promise<number> {
  await q.query(INSERT_RULE_SET, [body.id, body.version, body.jurisdiction, JSON.stringify(body), note, actor])
  return body.version
}
