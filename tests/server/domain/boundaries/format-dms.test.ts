import { describe, expect, it } from 'vitest';
import { formatDms } from '../../../../server/src/domain/boundaries/format-dms.ts';

describe('formatDms', () => {
  it('writes 东经/北纬 with seconds to 0.01″', () => {
    expect(formatDms([114.32, 29.84])).toBe('东经114°19′12.00″，北纬29°50′24.00″');
    expect(formatDms([114.123456, 29.5])).toBe('东经114°07′24.44″，北纬29°30′00.00″');
  });

  it('carries 59.995″ into the next minute', () => {
    expect(formatDms([114 + 59.996 / 3600, 30])).toBe('东经114°01′00.00″，北纬30°00′00.00″');
  });

  it('writes the English form with hemisphere letters', () => {
    expect(formatDms([-0.5, -10.25], 'en')).toBe('0°30′00.00″W, 10°15′00.00″S');
  });
});
