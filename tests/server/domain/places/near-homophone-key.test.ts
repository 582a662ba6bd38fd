import { describe, expect, it } from 'vitest';
import { nearHomophoneKey } from '../../../../server/src/domain/places/near-homophone-key.ts';

const hubei = {
  initials: [['n', 'l'], ['z', 'zh'], ['c', 'ch'], ['s', 'sh'], ['f', 'h']],
  finals: [['an', 'ang'], ['en', 'eng'], ['in', 'ing']],
};

describe('nearHomophoneKey', () => {
  it.each([
    [['nan', 'chang'], ['lan', 'chang']], // n/l
    [['zhong', 'shan'], ['zong', 'san']], // zh/z, sh/s
    [['fu', 'shan'], ['hu', 'shan']], // f/h
    [['xian', 'ning'], ['xiang', 'nin']], // ian/iang, ing/in
    [['wen', 'quan'], ['weng', 'quan']], // en/eng
  ])('gives %j and %j the same key under Hubei confusions', (a, b) => {
    expect(nearHomophoneKey(a, hubei)).toBe(nearHomophoneKey(b, hubei));
  });

  it('keeps names apart that the confusions do not merge', () => {
    expect(nearHomophoneKey(['gui', 'hua'], hubei)).not.toBe(nearHomophoneKey(['kui', 'hua'], hubei));
  });

  it('merges nothing without confusions', () => {
    expect(nearHomophoneKey(['nan'], { initials: [], finals: [] })).not.toBe(nearHomophoneKey(['lan'], { initials: [], finals: [] }));
  });

  it('handles syllables without an initial', () => {
    expect(nearHomophoneKey(['an', 'ang'], hubei)).toBe('an-an');
  });
});
