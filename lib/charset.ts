// Decoding saved portal pages: many are gb2312/GBK, some are served or saved with
// a wrong charset. The declared charset is tried first; bytes that are not valid
// in it fall back to UTF-8, then GB18030 (a superset of gb2312 and GBK).

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

export function decodePage(bytes: Uint8Array): { text: string; charset: string } {
  const declared = declaredCharset(bytes);
  const order = [declared, 'utf-8', 'gb18030'].filter((c, i, all) => c && all.indexOf(c) === i);
  for (const label of order) {
    const text = tryDecode(bytes, /^(gb2312|gbk|x-gbk)$/.test(label) ? 'gb18030' : label);
    if (text !== null) return { text, charset: label };
  }
  return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8 (with errors)' };
}
