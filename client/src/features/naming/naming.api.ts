import type { FeatureCollection, Geometry, LineString } from 'geojson'
import { http } from '../../shared/http'

export type Severity = 'block' | 'review' | 'info'

/** One result of a naming rule, citing its article. */
export interface Finding {
  rule_id: string
  severity: Severity
  article: string
  message_zh: string
  message_en: string
  related: Array<{ id: string; name: string; status?: string }>
}

export interface Polyphone { index: number; char: string; chosen: string; alternatives: string[] }

export interface CheckResult {
  name: string
  blocked: boolean
  findings: Finding[]
  pinyin: string
  specific_name: string
  generic_name: string
  polyphones: Polyphone[]
  division: { code: string; name: string | null }
  rule_set: { id: string; version: number }
}

export interface CheckRequest {
  name: string
  category_code: string
  geometry?: Geometry
  division_code?: string
  width_m?: number
  place_id?: number
  extends_place_id?: number
  readings?: Record<number, string>
}

export interface Candidate { id: number; rank: number; name: string; pinyin: string; status: string; meaning: string | null; origin: string | null; findings: Finding[] }

export interface Proposal {
  id: number
  kind: 'new' | 'rename' | 'extend'
  category_code: string
  division_code: string
  division_name: string | null
  county_name: string | null
  place_id: number | null
  place_name: string | null
  road_id: number | null
  width_m: number | null
  length_m: number | null
  location_description: string | null
  reason: string
  status: 'submitted' | 'in_notice' | 'approved' | 'rejected' | 'withdrawn'
  batch_id: number | null
  batch: { id: number; title: string; status: string; starts_on: string; ends_on: string } | null
  decision: { id: number; outcome: string; document_number: string; decided_on: string; place_id: number | null } | null
  candidates: Candidate[]
  geometry: Geometry
  version: number
}

export interface ProposalInput {
  kind: 'new' | 'rename' | 'extend'
  category_code: string
  geometry?: LineString
  road_id?: number
  place_id?: number
  width_m?: number
  location_description?: string
  reason: string
  candidates: Array<{ name: string; meaning?: string; origin?: string; readings?: Record<number, string> }>
}

export interface Batch {
  id: number
  title: string
  description: string | null
  starts_on: string
  ends_on: string
  status: 'draft' | 'published' | 'closed'
  is_open: boolean
  has_ended: boolean
  proposal_count: number
  opinion_count?: number
  pending_opinion_count?: number
  version: number
}

export interface Opinion { id: number; proposal_id: number | null; author_name: string | null; contact?: string | null; body: string; stance: string; status: string; created_at: string; version: number }

export interface PublicNotice extends Batch {
  items: Array<{ proposal_id: number; kind: string; category_code: string; county_name: string | null; division_name: string | null; location_description: string | null; reason: string; length_m: number | null; place_name: string | null; candidates: Array<{ id: number; name: string; pinyin: string; meaning: string | null; origin: string | null }> }>
  features: FeatureCollection
  opinions: Opinion[]
}

export interface Decision {
  id: number; proposal_id: number; outcome: string; name: string | null; pinyin: string | null; document_number: string; decided_on: string
  approval_authority: string; place_id: number | null; filing_due_on: string; filed_on: string | null; announcement_due_on: string
  announcement_id: number | null; filing_overdue: boolean; announcement_overdue: boolean; version: number
}

export interface Announcement { id: number; title: string; document_number: string; approval_authority: string; published_on: string; item_count: number }

export const checkName = (body: CheckRequest, signal?: AbortSignal) => http<CheckResult>('/api/naming/check', { method: 'POST', body, signal })
export const createProposal = (body: ProposalInput) => http<Proposal>('/api/naming/proposals', { method: 'POST', body })
export const fetchProposals = (query: { status?: string; unbatched?: boolean } = {}) =>
  http<{ items: Proposal[] }>('/api/naming/proposals', { query: { status: query.status, unbatched: query.unbatched ? 'true' : undefined } })
export const withdrawProposal = (id: number, version: number, reason: string) => http<void>(`/api/naming/proposals/${id}/withdraw`, { method: 'POST', body: { version, reason } })
export const decideProposal = (id: number, body: { outcome: 'approved' | 'rejected'; candidate_id?: number; document_number: string; decided_on: string; approval_authority: string; note?: string; version: number }) =>
  http<Decision>(`/api/naming/proposals/${id}/decision`, { method: 'POST', body })

export const fetchBatches = () => http<{ items: Batch[] }>('/api/notices')
export const fetchBatch = (id: number) => http<Batch & { proposals: Proposal[]; opinions: Opinion[] }>(`/api/notices/${id}`)
export const createBatch = (body: { title: string; starts_on: string; ends_on?: string; proposal_ids: number[] }) => http<Batch>('/api/notices', { method: 'POST', body })
export const publishBatch = (id: number, version: number) => http<void>(`/api/notices/${id}/publish`, { method: 'POST', body: { version } })
export const moderateOpinion = (batchId: number, opinionId: number, status: 'published' | 'hidden', version: number) =>
  http<void>(`/api/notices/${batchId}/opinions/${opinionId}/moderate`, { method: 'POST', body: { status, version } })

export const fetchPublicNotice = (id: number) => http<PublicNotice>(`/api/public/notices/${id}`)
export const postOpinion = (id: number, body: { proposal_id?: number; author_name?: string; contact?: string; body: string; stance: string }) =>
  http<{ id: number; status: string }>(`/api/public/notices/${id}/opinions`, { method: 'POST', body })

export const fetchDecisions = () => http<{ items: Decision[] }>('/api/naming/decisions')
export const markFiled = (id: number, filed_on: string, version: number) => http<void>(`/api/naming/decisions/${id}/filing`, { method: 'POST', body: { filed_on, version } })
export const fetchAnnouncements = () => http<{ items: Announcement[] }>('/api/naming/announcements')
export const createAnnouncement = (body: { title: string; document_number: string; approval_authority: string; published_on: string; decision_ids: number[] }) =>
  http<Announcement>('/api/naming/announcements', { method: 'POST', body })
/** Printable page of an announcement (server-rendered HTML). */
export const announcementPrintUrl = (id: number) => `/api/naming/announcements/${id}/print`
export const announcementXlsxUrl = (id: number) => `/api/naming/announcements/${id}/xlsx`

export interface RuleSummary { id: string; check: string; severity: Severity; article: string; title_zh: string; title_en: string; enabled?: boolean; applies_to?: string[] }
export interface StoredRuleSet { effective_rules: Array<RuleSummary & { inherited: boolean }>; rule_set_id: string; rule_set_version: number; jurisdiction: string; body: { id: string; title_zh: string; title_en: string; extends: string | null; rules: RuleSummary[]; settings: Record<string, unknown> } & Record<string, unknown>; change_note: string | null; created_by: string; created_at: string }
export const fetchRuleSets = () => http<{ items: StoredRuleSet[] }>('/api/naming/rule-sets')
export const saveRuleSet = (id: string, body: { rule_set: unknown; based_on_version: number; change_note: string }) =>
  http<{ rule_set_id: string; rule_set_version: number }>(`/api/naming/rule-sets/${id}`, { method: 'PUT', body })
