import type { Geometry, LineString, MultiLineString } from 'geojson';

/** How serious a finding is: block stops the proposal, review needs an officer's note, info is advice. */
export type Severity = 'block' | 'review' | 'info';
export const SEVERITIES: readonly Severity[] = ['block', 'review', 'info'];

/** Where a comparable name comes from: the register or the workflow. */
export type ComparableStatus =
  | 'approved' // standard name in the register
  | 'in_notice' // in a public-notice batch
  | 'proposed' // a pending proposal
  | 'reserved' // held for a pending notice
  | 'rejected' // refused before
  | 'historic' // a former or alternate name of a register entry
  | 'retired'; // a name no longer in use

/** A division-code prefix scope: the names a rule compares against. */
export type ScopeLevel = 'city' | 'county' | 'township' | 'jurisdiction';

/** An existing or pending name the checks compare a candidate with. */
export interface ComparableName {
  /** Register or proposal id, as the catalog knows it. */
  id: string;
  name: string;
  category_code: string;
  division_code: string | null;
  status: ComparableStatus;
  /** The register entry this name belongs to (for alternate/historic names); defaults to `id`. */
  place_id?: string;
  /** Officer-confirmed readings by character index, so keys follow the confirmed pinyin. */
  readings?: Record<number, string>;
}

/** What the checks need from storage. `db/` implements it; tests use an in-memory array. */
export interface NameCatalog {
  /**
   * Names whose division code starts with `division_prefix` (all when ''), in the given
   * category prefixes, of every status.
   */
  findComparable(query: { division_prefix: string; category_prefixes: readonly string[] }): Promise<ComparableName[]>;
}

/** The road a candidate extends, so direction suffixes can be checked. */
export interface ExtendedRoad {
  id: string;
  name: string;
  geometry: LineString | MultiLineString;
}

/** A name being proposed. */
export interface Candidate {
  name: string;
  /** GB/T 18521-style category code of the feature being named, e.g. 2530. */
  category_code: string;
  /** 12-digit division code the feature lies in (found by the server, not trusted from input). */
  division_code: string;
  geometry?: Geometry | null;
  /** Planned red-line width in metres, when known. */
  width_m?: number | null;
  /** Length in metres; computed from a line geometry when absent. */
  length_m?: number | null;
  /** Register id of the feature being renamed (not a duplicate of itself). */
  place_id?: string | null;
  /** The named road the new part joins, when extending a road. */
  extends?: ExtendedRoad | null;
  /** Officer-confirmed readings by character index. */
  readings?: Record<number, string>;
}

/** A related name shown with a finding. */
export interface RelatedName {
  id: string;
  name: string;
  status?: ComparableStatus;
}

/** One result of a rule. */
export interface Finding {
  rule_id: string;
  severity: Severity;
  article: string;
  message_zh: string;
  message_en: string;
  related: RelatedName[];
}
