/** One 通名 (generic part of a place name) and what it may name. */
export interface GenericName {
  /** The characters, e.g. 大道. */
  word: string;
  /** Its fixed romanisation as written in a name, e.g. Dadao. */
  pinyin: string;
  /** Category codes (class or sub-class prefixes) the 通名 fits. */
  categories: string[];
  /** Street-type 通名: an ordinal before it is written in Arabic digits (1984 rules, art. 7). */
  ordinal?: boolean;
  /** Names with this 通名 are written as one word (natural villages, 1984 rules art. 3). */
  joined?: boolean;
}

const g = (word: string, pinyin: string, categories: string[], ordinal = false): GenericName =>
  ({ word, pinyin, categories, ...(ordinal ? { ordinal } : {}) });
const village = (word: string, pinyin: string): GenericName => ({ word, pinyin, categories: ['2420'], joined: true });

/**
 * The default 通名 list. Rule sets may replace it (settings.generic_names); matching is by
 * longest suffix, so 大道 wins over 道 and 街道 over 街.
 */
export const DEFAULT_GENERIC_NAMES: readonly GenericName[] = [
  g('路', 'Lu', ['2530', '2520'], true),
  g('街', 'Jie', ['2530'], true),
  g('巷', 'Xiang', ['2530'], true),
  g('弄', 'Long', ['2530'], true),
  g('条', 'Tiao', ['2530'], true),
  g('胡同', 'Hutong', ['2530'], true),
  g('道', 'Dao', ['2530'], true),
  g('大道', 'Dadao', ['2530'], true),
  g('大街', 'Dajie', ['2530'], true),
  g('马路', 'Malu', ['2530'], true),
  g('环路', 'Huanlu', ['2530', '2520'], true),
  g('公路', 'Gonglu', ['2520']),
  g('高速公路', 'Gaosu Gonglu', ['2520']),
  g('桥', 'Qiao', ['2540']),
  g('大桥', 'Daqiao', ['2540']),
  g('立交桥', 'Lijiaoqiao', ['2540']),
  g('隧道', 'Suidao', ['2550']),
  g('站', 'Zhan', ['2560']),
  g('码头', 'Matou', ['2570']),
  g('港', 'Gang', ['2570', '12']),
  g('村', 'Cun', ['2310', '2420']),
  g('社区', 'Shequ', ['2320']),
  // Natural villages in Hubei (塆, 畈, 冲 …); written joined anyway (1984 rules, art. 3).
  village('湾', 'Wan'),
  village('塆', 'Wan'),
  village('畈', 'Fan'),
  village('冲', 'Chong'),
  village('垅', 'Long'),
  village('铺', 'Pu'),
  village('店', 'Dian'),
  village('庄', 'Zhuang'),
  village('屋', 'Wu'),
  village('咀', 'Zui'),
  g('小区', 'Xiaoqu', ['2410']),
  g('花园', 'Huayuan', ['2410', '2710']),
  g('苑', 'Yuan', ['2410']),
  g('广场', 'Guangchang', ['2720']),
  g('公园', 'Gongyuan', ['2710']),
  g('乡', 'Xiang', ['2120']),
  g('镇', 'Zhen', ['2120']),
  g('街道', 'Jiedao', ['2120']),
  g('县', 'Xian', ['2110']),
  g('区', 'Qu', ['2110', '22']),
  g('市', 'Shi', ['21']),
  g('开发区', 'Kaifaqu', ['22']),
  g('林场', 'Linchang', ['22']),
  g('农场', 'Nongchang', ['22']),
  g('河', 'He', ['1210']),
  g('江', 'Jiang', ['1210']),
  g('溪', 'Xi', ['1210']),
  g('湖', 'Hu', ['1220']),
  g('水库', 'Shuiku', ['1230']),
  g('山', 'Shan', ['1310']),
  g('岭', 'Ling', ['1310']),
  g('峰', 'Feng', ['1310']),
];
