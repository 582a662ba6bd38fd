/**
 * A small seeded PRNG (mulberry32) so generated sample data is identical on every run.
 * @param seedText any text; the same text gives the same sequence
 * @returns a function returning floats in [0, 1)
 * @example const r = seededRandom('xianning'); r() === seededRandom('xianning')() // = true
 */
export function seededRandom(seedText: string): () => number {
  let a = 2166136261
  for (const ch of seedText) a = Math.imul(a ^ ch.codePointAt(0)!, 16777619)
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
