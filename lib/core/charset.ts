// Decoding saved portal pages: many are gb2312/GBK, some are served or saved with
// a wrong charset. Bytes that are valid UTF-8 are UTF-8; otherwise the declared
// charset is tried, then GB18030 (a superset of gb2312 and GBK).

const DECLARED = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

export function declaredCharset(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return DECLARED.exec(head)?.[1]?.toLowerCase() ?? '';
}

function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

export function decodePage(bytes: Uint8Array): { text: string; charset: string } {
  // Chinese text in gb2312, GBK or Big5 is next to never valid UTF-8, so bytes that
  // are valid UTF-8 (and not plain ASCII) are UTF-8 whatever the page declares: a
  // page re-encoded to UTF-8 that still declares gb2312 would otherwise read as
  // GB18030 mojibake, which decodes without an error.
  if (hasNonAscii(bytes)) {
    const utf8 = tryDecode(bytes, 'utf-8');
    if (utf8 !== null) return { text: utf8, charset: 'utf-8' };
  }
  const declared = declaredCharset(bytes);
  const order = [declared, 'utf-8', 'gb18030'].filter((c, i, all) => c && all.indexOf(c) === i);
  for (const label of order) {
    const text = tryDecode(bytes, /^(gb2312|gbk|x-gbk)$/.test(label) ? 'gb18030' : label);
    if (text !== null) return { text, charset: label };
  }
  return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8 (with errors)' };
}
