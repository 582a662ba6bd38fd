import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { romanizeName } from '../../../../server/src/domain/places/romanize-name.ts';

describe('romanizeName', () => {
  // Golden cases: 《中国地名汉语拼音字母拼写规则（汉语地名部分）》(1984) and local names.
  it.each([
    ['桂花路', 'Guihua Lu'], // art. 1: 专名 and 通名 apart
    ['温泉街道', 'Wenquan Jiedao'],
    ['咸宁大道', 'Xianning Dadao'],
    ['西安路', "Xi'an Lu"], // art. 11: apostrophe before a/o/e
    ['天峨路', "Tian'e Lu"],
    ['永安中路', "Yong'an Zhonglu"], // art. 2: single-syllable modifier joins the 通名
    ['中山东路', 'Zhongshan Donglu'],
    ['景山后街', 'Jingshan Houjie'],
    ['经五路', 'Jing 5 Lu'], // art. 7: street ordinals in Arabic digits
    ['二马路', '2 Malu'],
    ['三环路', '3 Huanlu'],
    ['建设二路', 'Jianshe 2 Lu'],
    ['大川淀一巷', 'Dachuandian 1 Xiang'],
    ['第九弄', 'Di-9 Long'],
    ['三八路', 'Sanba Lu'], // art. 6: numbers that are not ordinals stay in pinyin
    ['五一广场', 'Wuyi Guangchang'],
    ['统一路', 'Tongyi Lu'],
    ['万年路社区', 'Wannianlu Shequ'], // art. 4: a 通名 inside the 专名 is part of the 专名
    ['盆儿胡同', 'Penr Hutong'], // art. 12: 儿 as r
    ['周口店', 'Zhoukoudian'], // art. 3: natural villages joined
    ['九宫', 'Jiugong'], // no 通名: syllables joined
    ['绿化路', 'Lühua Lu'],
  ])('writes %s as %s', (name, text) => {
    expect(romanizeName(name).text).toBe(text);
  });

  it('joins all syllables of a natural village (art. 3)', () => {
    expect(romanizeName('肖桥村', { style: 'joined' }).text).toBe('Xiaoqiaocun');
    expect(romanizeName('肖桥村').text).toBe('Xiaoqiao Cun');
  });

  it('writes ü as yu after n and l when asked', () => {
    expect(romanizeName('绿化路', { umlaut: 'yu' }).text).toBe('Lyuhua Lu');
    expect(romanizeName('女贞路', { umlaut: 'v' }).text).toBe('Nvzhen Lu');
  });

  it('keeps ü-less spellings after j, q, x', () => {
    expect(romanizeName('曲江路').text).toBe('Qujiang Lu');
  });

  it('flags polyphonic characters of the 专名 with their alternatives', () => {
    const r = romanizeName('长江大道');
    expect(r.polyphones).toEqual([{ index: 0, char: '长', chosen: 'chang', alternatives: ['zhang'] }]);
    expect(r.needsReview).toBe(true);
  });

  it('does not flag readings that never occur in place names (大 dai, 南 na)', () => {
    expect(romanizeName('泉塘南路').polyphones).toEqual([]);
    expect(romanizeName('大川路').polyphones).toEqual([]);
  });

  it('follows an officer-confirmed reading and stops flagging it', () => {
    const r = romanizeName('重庆路', { readings: { 0: 'zhong' } });
    expect(r.text).toBe('Zhongqing Lu');
    expect(r.polyphones).toEqual([]);
  });

  it('marks characters without a known reading for review', () => {
    const r = romanizeName('𠀀山路');
    expect(r.unknownChars).toEqual(['𠀀']);
    expect(r.needsReview).toBe(true);
  });

  it('notes when an ordinal was written in digits', () => {
    expect(romanizeName('经五路').notes).toContain('ordinal_digits');
    expect(romanizeName('桂花路').notes).toEqual([]);
  });

  it('always capitalises each word and never leaves empty words (property)', () => {
    const chars = '桂花温泉东西南北中一二三五十经纬路街巷大道安恩鹅阿欧';
    fc.assert(fc.property(fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 8 }), (cs) => {
      const { text } = romanizeName(cs.join(''));
      expect(text).not.toMatch(/\s{2}|^\s|\s$/);
      for (const word of text.split(' ')) expect(word).toMatch(/^([A-ZÜ0-9]|Di-)/);
    }));
  });
});
