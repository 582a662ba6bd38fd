import { z } from 'zod';

const severity = z.enum(['block', 'review', 'info']);
const scopeLevel = z.enum(['city', 'county', 'township', 'jurisdiction']);
const categoryPrefix = z.string().regex(/^\d{2}(\d{2})?$/, 'a 2- or 4-digit category code');

export const genericNameSchema = z.object({
  word: z.string().min(1).max(6),
  pinyin: z.string().min(1).max(40),
  categories: z.array(categoryPrefix).min(1),
  ordinal: z.boolean().optional(),
  joined: z.boolean().optional(),
});

export const ruleSchema = z.object({
  /** Stable id, cited in findings: `dup.same-name`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,60}$/, 'lower-case letters, digits, dots and dashes'),
  /** Which checker evaluates the rule (see checkers/index.ts). */
  check: z.string().min(1),
  severity,
  /** The article the rule implements, as it should be cited to the officer. */
  article: z.string().min(1).max(200),
  title_zh: z.string().min(1).max(100),
  title_en: z.string().min(1).max(200),
  enabled: z.boolean().default(true),
  /** Category prefixes the rule applies to; empty means all. */
  applies_to: z.array(categoryPrefix).default([]),
  /** Category prefixes the rule does not apply to (wins over applies_to). */
  excludes: z.array(categoryPrefix).default([]),
  params: z.record(z.string(), z.unknown()).default({}),
  /** Optional message templates overriding the checker's, with {name}, {related} placeholders. */
  message_zh: z.string().max(300).optional(),
  message_en: z.string().max(300).optional(),
});

export const ruleSetSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,60}$/),
  /** Division code the rule set governs: 000000 for the national baseline, 421200 for a city. */
  jurisdiction: z.string().regex(/^\d{6}(\d{6})?$/),
  version: z.number().int().min(1),
  title_zh: z.string().min(1).max(200),
  title_en: z.string().min(1).max(200),
  effective_from: z.iso.date(),
  /** Rule set this one refines: its rules are inherited and replaced by id. */
  extends: z.string().nullable().default(null),
  sources: z.array(z.object({ id: z.string(), title_zh: z.string(), title_en: z.string() })).default([]),
  settings: z.object({
    generic_names: z.array(genericNameSchema).optional(),
    modifier_chars: z.string().optional(),
    series_prefixes: z.string().optional(),
    normalization: z.object({
      strip_prefixes: z.array(z.string().min(1)).optional(),
      strip_leading: z.array(z.string().min(1)).optional(),
      min_specific_chars: z.number().int().min(1).max(10).optional(),
    }).optional(),
    confusions: z.object({
      initials: z.array(z.array(z.string().regex(/^[a-z]{1,2}$/)).min(2)),
      finals: z.array(z.array(z.string().regex(/^[a-z]{1,4}$/)).min(2)),
    }).optional(),
    /** Scope of comparison by category prefix (longest prefix wins), e.g. {"25": "county", "2310": "township"}. */
    scope_by_category: z.record(categoryPrefix, scopeLevel).optional(),
    /** Which categories a candidate is compared with, by category prefix. */
    compare_categories: z.record(categoryPrefix, z.array(categoryPrefix).min(1)).optional(),
    /** Public-notice length and the deadlines after approval, in days. */
    notice_days: z.number().int().min(1).max(365).optional(),
    filing_days: z.number().int().min(1).max(365).optional(),
    announcement_days: z.number().int().min(1).max(365).optional(),
  }).default({}),
  rules: z.array(ruleSchema).default([]),
});

/** A rule as stored (after defaults). */
export type Rule = z.infer<typeof ruleSchema>;
/** A rule set as written in JSON (defaults not yet applied). */
export type RuleSetInput = z.input<typeof ruleSetSchema>;
/** A rule set as stored, before inheritance is resolved. */
export type RuleSet = z.infer<typeof ruleSetSchema>;
/** Its settings. */
export type RuleSetSettings = RuleSet['settings'];
