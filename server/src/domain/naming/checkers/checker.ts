import type { ZodType } from 'zod';
import type { PreparedName } from '../prepare-name.ts';
import type { Rule } from '../rule-set.schema.ts';
import type { ResolvedSettings } from '../rule-set-settings.ts';
import type { Candidate, ComparableName, RelatedName, Severity } from '../types.ts';

/** A comparable name, prepared. */
export interface PreparedComparable extends PreparedName {
  source: ComparableName;
}

/** What a checker sees. */
export interface CheckInput {
  candidate: Candidate;
  prepared: PreparedName;
  /** Names in the rule's scope (empty unless the checker asks for them). */
  comparables: readonly PreparedComparable[];
  settings: ResolvedSettings;
  rule: Rule;
}

/** One thing a checker found; the engine turns it into a finding with the rule's citation. */
export interface CheckHit {
  /** Which message template to use. */
  message: string;
  /** Overrides the rule's severity (e.g. per status of the related name). */
  severity?: Severity;
  vars?: Record<string, string>;
  related?: RelatedName[];
}

/** A small pure check, configured by a rule's `params`. */
export interface Checker<P = unknown> {
  params: ZodType<P>;
  /** Whether the engine must load the names in scope for it. */
  needsComparables: boolean;
  /** Message templates by key, with {placeholders} filled from `vars`. */
  messages: Record<string, { zh: string; en: string }>;
  run(input: CheckInput, params: P): CheckHit[];
}

/** Declare a checker with its parameter type inferred from its schema. */
export function defineChecker<P>(checker: Checker<P>): Checker<P> {
  return checker;
}
