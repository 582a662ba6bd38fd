/** Dialect confusions: groups of initials and of finals that local speakers do not tell apart. */
export interface SoundConfusions {
  /** e.g. [['n', 'l'], ['z', 'zh']]: each group collapses to its first member. */
  initials: string[][];
  /** e.g. [['an', 'ang'], ['in', 'ing']]: matched as final suffixes (ian/iang too). */
  finals: string[][];
}

const INITIALS = ['zh', 'ch', 'sh', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'r', 'z', 'c', 's', 'y', 'w'];

function splitSyllable(syllable: string): [string, string] {
  const initial = INITIALS.find((i) => syllable.startsWith(i) && syllable.length > i.length) ?? '';
  return [initial, syllable.slice(initial.length)];
}

function canonicalInitial(initial: string, groups: string[][]): string {
  const group = groups.find((g) => g.includes(initial));
  return group ? group[0] : initial;
}

function canonicalFinal(final: string, groups: string[][]): string {
  for (const group of groups) {
    // Longest member first, so 'iang' is matched by 'ang' before 'an'.
    const members = [...group].sort((a, b) => b.length - a.length);
    const hit = members.find((m) => final.endsWith(m));
    if (hit) return final.slice(0, final.length - hit.length) + group[0];
  }
  return final;
}

/**
 * Collapse toneless syllables by the configured dialect confusions, so names that sound
 * alike to local ears (近音) get the same key: with n/l and an/ang, 兰 lan and 南 nan and 囊 nang meet.
 * @param syllables lower-case toneless syllables (from `pinyinKeys`)
 * @param confusions the groups of initials and finals to merge
 * @returns a key, syllables separated by '-'
 * @example nearHomophoneKey(['lan', 'shan'], { initials: [['n', 'l'], ['s', 'sh']], finals: [['an', 'ang']] }) // = 'nan-san'
 */
export function nearHomophoneKey(syllables: readonly string[], confusions: SoundConfusions): string {
  return syllables
    .map((s) => {
      const [initial, final] = splitSyllable(s);
      return canonicalInitial(initial, confusions.initials) + canonicalFinal(final, confusions.finals);
    })
    .join('-');
}
