import { bannedWords } from './banned-words.check.ts';
import { charset } from './charset.check.ts';
import type { Checker } from './checker.ts';
import { directionContinuity } from './direction-continuity.check.ts';
import { duplicateName } from './duplicate-name.check.ts';
import { duplicateSpecific } from './duplicate-specific.check.ts';
import { genericCategory } from './generic-category.check.ts';
import { genericDimensions } from './generic-dimensions.check.ts';
import { homophone } from './homophone.check.ts';
import { maxLength } from './max-length.check.ts';
import { nearHomophone } from './near-homophone.check.ts';
import { polyphonic } from './polyphonic.check.ts';
import { pureOrdinal } from './pure-ordinal.check.ts';
import { requiredParts } from './required-parts.check.ts';
import { stackedGeneric } from './stacked-generic.check.ts';
import { unknownReading } from './unknown-reading.check.ts';

/** The checkers a rule's `check` may name. Adding a kind of check means adding a module here. */
export const CHECKERS: Readonly<Record<string, Checker<any>>> = {
  duplicate_name: duplicateName,
  duplicate_specific: duplicateSpecific,
  homophone,
  near_homophone: nearHomophone,
  required_parts: requiredParts,
  stacked_generic: stackedGeneric,
  banned_words: bannedWords,
  max_length: maxLength,
  charset,
  pure_ordinal: pureOrdinal,
  unknown_reading: unknownReading,
  polyphonic,
  generic_category: genericCategory,
  generic_dimensions: genericDimensions,
  direction_continuity: directionContinuity,
};
