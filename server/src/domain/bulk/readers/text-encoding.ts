/** Text encodings we read: Chinese files come as UTF-8 or GBK (GB 2312 superset, Excel's ANSI on zh-CN Windows). */
export type TextEncoding = 'utf-8' | 'gbk'

/**
 * Whether the bytes are valid UTF-8 (a truncated multi-byte sequence at the very end is allowed,
 * since a sample may cut one).
 * @param bytes a sample of the file
 * @returns true when the sample decodes as UTF-8
 * @example isUtf8(Buffer.from('咸宁')) // = true
 */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, trimPartial(bytes)))
    return true
  } catch {
    return false
  }
}

function trimPartial(bytes: Uint8Array): number {
  let end = bytes.length
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const b = bytes[end - back]!
    if ((b & 0xc0) === 0x80) continue
    if ((b & 0xc0) === 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2
      if (back < need) end -= back
    }
    break
  }
  return end
}

/**
 * Guess the encoding of a text sample: UTF-8 when it decodes as such, else GBK.
 * @param sample the first bytes of the file
 * @returns 'utf-8' or 'gbk'
 * @example detectEncoding(iconv.encode('咸宁', 'gbk')) // = 'gbk'
 */
export function detectEncoding(sample: Uint8Array): TextEncoding {
  return isUtf8(sample) ? 'utf-8' : 'gbk'
}
