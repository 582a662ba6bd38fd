import { describe, expect, it } from 'vitest';
import { pinyinKeys } from '../../../../server/src/domain/places/pinyin-keys.ts';

describe('pinyinKeys', () => {
  it('gives the initials officers type: 桂花路 → ghl', () => {
    expect(pinyinKeys('桂花路')).toEqual({ syllables: ['gui', 'hua', 'lu'], full: 'guihualu', initials: 'ghl' });
  });

  it('keeps numerals as spoken syllables', () => {
    expect(pinyinKeys('经五路').full).toBe('jingwulu');
  });

  it('writes ü as v, as typed with a pinyin input method', () => {
    expect(pinyinKeys('绿化路').full).toBe('lvhualu');
  });

  it('gives the same key to homophones', () => {
    expect(pinyinKeys('贵华路').full).toBe(pinyinKeys('桂花路').full);
  });

  it('follows confirmed readings', () => {
    expect(pinyinKeys('重庆路', { 0: 'zhong' }).initials).toBe('zql');
  });

  it('returns empty keys for an empty name', () => {
    expect(pinyinKeys('')).toEqual({ syllables: [], full: '', initials: '' });
  });
});
