import { writeAudit } from '../auth/audit.ts'
import { findPlaceCategory } from '../domain/places/place-categories.ts'
import { Conflict, NotFound } from '../errors/problem.ts'
import type { Queryable } from './db.ts'
import type { Actor } from './places.register.ts'

const INSERT = `INSERT INTO naming_announcements (title, document_number, approval_authority, published_on, created_by, updated_by)
  VALUES ($1, $2, $3, $4::date, $5, $5) RETURNING id`
const ATTACH = `UPDATE naming_decisions SET announcement_id = $2, updated_by = $3, updated_at = now(), version = version + 1
  WHERE id = ANY ($1::bigint[]) AND outcome = 'approved' AND announcement_id IS NULL RETURNING id`

/**
 * Publish approved decisions in an announcement (公告).
 * @returns the announcement id
 */
export async function createAnnouncement(tx: Queryable, input: { title: string; document_number: string; approval_authority: string; published_on: string; decision_ids: number[] }, actor: Actor, requestId?: string): Promise<number> {
  const { rows } = await tx.query<{ id: number }>(INSERT, [input.title, input.document_number, input.approval_authority, input.published_on, actor.username])
  const id = Number(rows[0]!.id)
  const attached = await tx.query<{ id: number }>(ATTACH, [input.decision_ids, id, actor.username])
  if (attached.rows.length !== new Set(input.decision_ids).size) {
    const ok = new Set(attached.rows.map((r) => Number(r.id)))
    throw new Conflict(`Decisions ${input.decision_ids.filter((d) => !ok.has(d)).join(', ')} are not approvals awaiting announcement.`)
  }
  await writeAudit(tx, { actor: actor.id === null ? null : { id: actor.id, username: actor.username }, action: 'naming.announce',
    entityType: 'naming_announcement', entityId: id, after: input, requestId })
  return id
}

const SELECT_ANNOUNCEMENTS = `SELECT a.id, a.title, a.document_number, a.approval_authority, a.published_on::text AS published_on, a.created_at,
    (SELECT count(*)::int FROM naming_decisions d WHERE d.announcement_id = a.id) AS item_count
  FROM naming_announcements a WHERE ($1::bigint IS NULL OR a.id = $1) ORDER BY a.published_on DESC, a.id DESC LIMIT 200`

/** The mandatory fields of each announced name: standard name, romanisation, division, location, authority, date. */
const SELECT_ITEMS = `SELECT d.id AS decision_id, p.id AS place_id, p.name, p.pinyin, p.category_code, p.meaning, p.origin,
    p.location_description, d.approval_authority, d.decided_on::text AS approved_on, d.document_number, n.kind,
    (SELECT c.name FROM divisions c WHERE c.code = substr(p.division_code, 1, 6) || '000000') AS county_name,
    (SELECT t.name FROM divisions t WHERE t.code = substr(p.division_code, 1, 9) || '000') AS township_name,
    p.division_code, round(ST_Length(p.geom::geography)::numeric) AS length_m
  FROM naming_decisions d JOIN place_names p ON p.id = d.place_id JOIN naming_proposals n ON n.id = d.proposal_id
  WHERE d.announcement_id = $1 ORDER BY p.category_code, p.name`

/** Announcements, newest first. */
export async function listAnnouncements(q: Queryable) {
  return (await q.query(SELECT_ANNOUNCEMENTS, [null])).rows
}

/** An announcement's header. */
export interface AnnouncementRow { id: number; title: string; document_number: string; approval_authority: string; published_on: string; item_count: number }

/** One announced name with the mandatory fields. */
export interface AnnouncementItem {
  decision_id: number; place_id: number; name: string; pinyin: string; category_code: string; category_name: string
  meaning: string | null; origin: string | null; location_description: string | null; approval_authority: string
  approved_on: string; document_number: string; kind: string; county_name: string | null; township_name: string | null
  division_code: string; length_m: number | null
}

/** One announcement with its items; throws NotFound. */
export async function getAnnouncement(q: Queryable, id: number): Promise<AnnouncementRow & { items: AnnouncementItem[] }> {
  const [header] = (await q.query<AnnouncementRow>(SELECT_ANNOUNCEMENTS, [id])).rows
  if (!header) throw new NotFound(`No announcement ${id}.`)
  const items = (await q.query<Omit<AnnouncementItem, 'category_name'>>(SELECT_ITEMS, [id])).rows
    .map((i) => ({ ...i, category_name: findPlaceCategory(i.category_code)?.name_zh ?? i.category_code }))
  return { ...header, items }
}
