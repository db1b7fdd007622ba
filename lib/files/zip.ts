// The parts of a zip package (DOCX, OFD) through fflate, with the sizes checked
// before anything is inflated: a zip bomb is turned down, not unpacked.

import { unzipSync } from 'fflate';
import { FILE_LIMITS, FileReadError } from './types';

/** Names of the entries, and whether their inflated sizes stay within the limit. */
export function zipEntries(bytes: Uint8Array): string[] {
  const names: string[] = [];
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        total += f.originalSize;
        return false;
      },
    });
  } catch (err) {
    throw new FileReadError('damaged', err instanceof Error ? err.message : String(err));
  }
  if (total > FILE_LIMITS.maxUnzipped) throw new FileReadError('too-large', `${Math.round(total / 1048576)} MB unpacked`);
  return names;
}

/** The named entries as text (UTF-8), those that exist. */
export function zipTexts(bytes: Uint8Array, wanted: (name: string) => boolean): Map<string, string> {
  zipEntries(bytes);
  const decoder = new TextDecoder('utf-8');
  const out = new Map<string, string>();
  try {
    const files = unzipSync(bytes, { filter: (f) => wanted(f.name) });
    for (const [name, data] of Object.entries(files)) out.set(name, decoder.decode(data));
  } catch (err) {
    throw new FileReadError('damaged', err instanceof Error ? err.message : String(err));
  }
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Character references of XML (and the few mammoth writes) as characters. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref.toLowerCase()] ?? m;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}
