// The panel's side of an attached report, light enough to load with the panel: which
// candidates to offer, where a heading or figure opens the file, what a reader is told
// when a file cannot be read. The reading itself is in read-attachment.ts, loaded on request.

import type { AttachmentCandidate } from '../core/attachments';
import type { ReportModel } from '../core/model';
import { FileReadError, type FileProblem } from '../files/types';
import { t, type StringKey } from './strings';

/** Where to open the file at a page: PDF viewers take #page=N. */
export function fileAddressAt(url: string, kind: string, page: number | undefined): string {
  return kind === 'pdf' && page ? `${url.replace(/#.*$/, '')}#page=${page}` : url;
}

const PROBLEM_KEYS: Record<FileProblem, StringKey> = {
  scan: 'fileProblemScan',
  encrypted: 'fileProblemEncrypted',
  damaged: 'fileProblemDamaged',
  'too-large': 'fileProblemTooLarge',
  'too-slow': 'fileProblemTooSlow',
  legacy: 'fileProblemLegacy',
  unknown: 'fileProblemUnknown',
};

/** What the reader is told when a file cannot be read, in the interface language. */
export function attachmentProblem(err: unknown): string {
  if (err instanceof FileReadError) return t('fileFailed', t(PROBLEM_KEYS[err.problem]));
  if ((err as { name?: string } | null)?.name === 'AbortError') return t('fileFailed', t('fileProblemTooSlow'));
  return t('fileFailed', t('fileProblemNetwork'));
}

/** Candidates as they arrive from the page's reader: only well-formed web addresses are kept. */
export function checkedAttachments(list: unknown): AttachmentCandidate[] {
  if (!Array.isArray(list)) return [];
  return list.filter(
    (a): a is AttachmentCandidate =>
      typeof a === 'object' &&
      a !== null &&
      typeof a.url === 'string' &&
      /^https?:\/\//.test(a.url) &&
      typeof a.name === 'string' &&
      ['pdf', 'docx', 'ofd', 'doc', 'wps'].includes(a.kind),
  );
}

/** The file page a paragraph is on: that of the last heading at or before it. */
export function pageOfBlock(model: ReportModel, block: number): number | undefined {
  let page: number | undefined;
  for (const e of model.outline) if (e.block <= block && e.page) page = e.page;
  for (const f of model.figures) if (f.block === block && f.page) return f.page;
  return page;
}
