import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../../../server/src/domain/places/normalize-name.ts';

const options = { stripPrefixes: ['咸宁市', '咸宁'], stripLeading: ['新', '大'] };

describe('normalizeName', () => {
  it.each([
    ['咸宁桂花路', '桂花路'],
    ['咸宁市桂花路', '桂花路'],
    ['新桂花路', '桂花路'],
    ['大桂花路', '桂花路'],
    ['咸宁新桂花路', '桂花路'],
    ['桂花 路', '桂花路'],
    ['桂花路（老城区）', '桂花路'],
  ])('reduces %s to %s', (name, normalized) => {
    expect(normalizeName(name, options)).toBe(normalized);
  });

  it.each(['咸宁大道', '新华路', '大路', '新街'])('keeps %s, which would lose its 专名', (name) => {
    expect(normalizeName(name, options)).toBe(name);
  });

  it('strips nothing without configuration', () => {
    expect(normalizeName('新桂花路')).toBe('新桂花路');
  });
});
