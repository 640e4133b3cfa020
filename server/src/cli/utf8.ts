// Bytes that are not UTF-8 are checked as an editor would show them, but never rewritten.

/** The offset of the first byte that is not valid UTF-8, or -1 (the usual case: no U+FFFD at all). */
export function firstInvalidUtf8(bytes: Buffer, text: string): number {
  if (!text.includes('\ufffd')) return -1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] as number;
    // the sequence length a lead byte announces, and the range its second byte must fall in
    const [n, lo, hi] = b < 0x80 ? [1, 0, 0] : b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf] : b === 0xe0 ? [3, 0xa0, 0xbf]
      : b === 0xed ? [3, 0x80, 0x9f] : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf] : b === 0xf0 ? [4, 0x90, 0xbf]
        : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf] : b === 0xf4 ? [4, 0x80, 0x8f] : [0, 0, 0];
    if (n === 0 || i + n > bytes.length) return i;
    for (let k = 1; k < n; k++) {
      const c = bytes[i + k] as number;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += n;
  }
  return -1; // the text holds U+FFFD itself
}
