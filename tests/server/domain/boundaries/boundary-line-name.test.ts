import { describe, expect, it } from 'vitest';
import { boundaryLineName } from '../../../../server/src/domain/boundaries/boundary-line-name.ts';

const wenquan = { code: '421202001', name: '温泉街道', countyName: '咸安区' };
const fushan = { code: '421202002', name: '浮山街道', countyName: '咸安区' };

describe('boundaryLineName', () => {
  it('writes county, both units ordered by code, and 线', () => {
    expect(boundaryLineName(fushan, wenquan)).toBe('咸安区温泉街道—浮山街道线');
  });

  it('repeats the county only when the second unit lies in another county', () => {
    expect(boundaryLineName(wenquan, { code: '421221100', name: '陆溪镇', countyName: '嘉鱼县' })).toBe('咸安区温泉街道—嘉鱼县陆溪镇线');
  });

  it('names the outside of the city', () => {
    expect(boundaryLineName(wenquan, null)).toBe('咸安区温泉街道—市外线');
  });
});
