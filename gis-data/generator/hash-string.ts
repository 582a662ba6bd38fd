/**
 * FNV-1a 32-bit hash of a string, used to derive stable per-unit PRNG seeds
 * (so a change in one county does not reshuffle every other one).
 * @param text - any string
 * @returns an unsigned 32-bit integer
 * @example
 * hashString('421202') // = 1208112498
 */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
