import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from '../../../../server/src/domain/places/chinese-numeral.ts';

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1], ['五', 5], ['十', 10], ['十二', 12], ['二十', 20], ['四十二', 42], ['一百零五', 105], ['三百', 300], ['两', 2],
  ])('reads %s as %i', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each(['三八', '五一', '一二九', '', '零', '百', '十十', '二百十五百', '经'])('rejects %j, which is not one numeral', (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });
});
