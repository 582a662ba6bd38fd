import { bannedWords } from './banned-words.check.js';
import { charset } from './charset.check.js';
import type { Checker } from './checker.js';
import { directionContinuity } from './direction-continuity.check.js';
import { duplicateName } from './duplicate-name.check.js';
import { duplicateSpecific } from './duplicate-specific.check.js';
import { genericCategory } from './generic-category.check.js';
import { genericDimensions } from './generic-dimensions.check.js';
import { homophone } from './homophone.check.js';
import { maxLength } from './max-length.check.js';
import { nearHomophone } from './near-homophone.check.js';
import { polyphonic } from './polyphonic.check.js';
import { pureOrdinal } from './pure-ordinal.check.js';
import { requiredParts } from './required-parts.check.js';
import { stackedGeneric } from './stacked-generic.check.js';
import { unknownReading } from './unknown-reading.check.js';

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
