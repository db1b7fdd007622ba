// The citation fields in the order a reader sees them, with their labels: in the
// interface language for the extension's pages, in the page's language for the
// header put on a cleaned page (it sits among the page's own Chinese metadata).
import type { StringKey } from './strings';
import type { Meta, Script } from '../core/types';

export const META_LABEL_KEYS: Record<keyof Meta, StringKey> = {
  publisher: 'metaPublisher',
  written: 'metaWritten',
  published: 'metaPublished',
  indexNo: 'metaIndexNo',
  docNo: 'metaDocNo',
  source: 'metaSource',
};

export const META_FIELDS = Object.keys(META_LABEL_KEYS) as (keyof Meta)[];

// The same words as the zh_CN and zh_TW locale files (a unit test keeps them so); here
// so that the page's reader carries six labels, not every interface string.
const SIMPLIFIED: Record<keyof Meta, string> = {
  publisher: '发布机构',
  written: '成文日期',
  published: '发布日期',
  indexNo: '索引号',
  docNo: '文号',
  source: '来源',
};
const TRADITIONAL: Record<keyof Meta, string> = {
  publisher: '發布機構',
  written: '成文日期',
  published: '發布日期',
  indexNo: '索引號',
  docNo: '文號',
  source: '來源',
};

/** The labels in the page's own script, whatever the interface language. */
export function pageMetaLabels(script: Script): Record<keyof Meta, string> {
  return script === 'traditional' ? TRADITIONAL : SIMPLIFIED;
}
