// Turns a content file's bytes into text: UTF-8, with or without a byte-order mark. A file in GBK (what Chinese
// Windows saves by default) or in no text encoding at all is named as such, never run with garbled names.

export type Decoded = { ok: true; text: string } | { ok: false; problem: string };

const bom = [0xef, 0xbb, 0xbf];

/** The byte offset of the first byte that breaks UTF-8 (lead and continuation bytes; overlong forms are not looked for). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return i;
}

/** True when every byte fits GBK / GB 18030: ASCII, two-byte pairs and four-byte sequences (none of them UTF-8). */
function fitsGbk(bytes: Uint8Array): boolean {
  const inRange = (i: number, low: number, high: number) => i < bytes.length && bytes[i]! >= low && bytes[i]! <= high;
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i]! < 0x80) i += 1;
    else if (!inRange(i, 0x81, 0xfe)) return false;
    else if (inRange(i + 1, 0x40, 0xfe) && bytes[i + 1] !== 0x7f) i += 2;
    else if (inRange(i + 1, 0x30, 0x39) && inRange(i + 2, 0x81, 0xfe) && inRange(i + 3, 0x30, 0x39)) i += 4;
    else return false;
  }
  return true;
}

/** The text of a file's bytes; a problem that names the encoding when it is not UTF-8. */
export function decodeText(bytes: Uint8Array): Decoded {
  const body = bom.every((b, i) => bytes[i] === b) ? bytes.subarray(bom.length) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body) };
  } catch {
    // not UTF-8: say what it is instead
  }
  if (fitsGbk(body)) return { ok: false, problem: 'the file is in GBK (or GB 18030), not UTF-8: save it again as UTF-8' };
  return { ok: false, problem: `not UTF-8 text (invalid byte at offset ${Math.min(firstInvalidUtf8(body), body.length - 1)})` };
}
