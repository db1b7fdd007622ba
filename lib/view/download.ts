// Saving a file from an extension page: a Blob behind a temporary link, so no
// downloads permission is needed. CSV gets a byte-order mark: spreadsheet programs
// read a UTF-8 CSV as the local code page without one.

export const MIME = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export function download(name: string, data: string | Uint8Array, type: (typeof MIME)[keyof typeof MIME]): void {
  const parts: BlobPart[] = type === MIME.csv && typeof data === 'string' ? ['\ufeff', data] : [data as BlobPart];
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has taken the bytes once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name with today's date: library-2026-12-02.json. */
export function datedName(stem: string, ext: string, now = new Date()): string {
  return `${stem}-${now.toISOString().slice(0, 10)}.${ext}`;
}

/** Only web addresses become links on an extension page (a kept address is page data). */
export function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}
