import { describe, expect, it } from 'vitest';
import { splitName } from '../../../../server/src/domain/places/split-name.ts';

describe('splitName', () => {
  it.each([
    ['桂花路', '桂花', '路', '桂花', ''],
    ['桂花大道', '桂花', '大道', '桂花', ''],
    ['温泉街道', '温泉', '街道', '温泉', ''],
    ['长江大桥', '长江', '大桥', '长江', ''],
    ['万年路社区', '万年路', '社区', '万年路', ''],
    ['中山东路', '中山东', '路', '中山', '东'],
    ['西安路', '西安', '路', '西安', ''],
    ['北正街', '北正', '街', '北正', ''],
    ['淦河隧道', '淦河', '隧道', '淦河', ''],
  ])('splits %s into 专名 %s and 通名 %s (stem %s, modifier %j)', (name, specific, generic, stem, modifier) => {
    expect(splitName(name)).toMatchObject({ full: name, specific, generic, stem, modifier });
  });

  it('returns an empty 通名 when none in the list matches', () => {
    expect(splitName('九宫')).toMatchObject({ specific: '九宫', generic: '', genericEntry: null });
  });

  it('takes a bare 通名 as 通名 with an empty 专名', () => {
    expect(splitName('大道')).toMatchObject({ specific: '', generic: '大道', stem: '' });
  });

  it('uses the configured 通名 list', () => {
    const split = splitName('桂花里', { genericNames: [{ word: '里', pinyin: 'Li', categories: ['2530'] }] });
    expect(split).toMatchObject({ specific: '桂花', generic: '里' });
  });

  it('trims the name', () => {
    expect(splitName('  桂花路 ').full).toBe('桂花路');
  });
});
