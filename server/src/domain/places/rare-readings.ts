/**
 * Readings pinyin-pro lists that do not occur in place names (surnames, chess pieces, 南无),
 * ignored when flagging polyphonic characters so officers are asked only about real choices.
 * Readings that do occur in Chinese place names stay flagged: 六安 Lu'an, 厦门 Xiamen, 会稽 Kuaiji.
 */
export const DEFAULT_RARE_READINGS: Readonly<Record<string, readonly string[]>> = {
  和: ['huo', 'hu'],
  石: ['dan'],
  车: ['ju'],
  大: ['dai'],
  万: ['mo'],
  南: ['na'],
  景: ['ying'],
  港: ['jiang'],
};
