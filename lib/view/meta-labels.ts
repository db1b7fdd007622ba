// The citation fields in the order a reader sees them, with their interface labels.
import { t, type StringKey } from './strings';
import type { Meta } from '../core/types';

export const META_LABEL_KEYS: Record<keyof Meta, StringKey> = {
  publisher: 'metaPublisher',
  written: 'metaWritten',
  published: 'metaPublished',
  indexNo: 'metaIndexNo',
  docNo: 'metaDocNo',
  source: 'metaSource',
};

export const META_FIELDS = Object.keys(META_LABEL_KEYS) as (keyof Meta)[];

/** Every field's label in the browser's language. */
export function metaLabels(): Record<keyof Meta, string> {
  return Object.fromEntries(META_FIELDS.map((f) => [f, t(META_LABEL_KEYS[f])])) as Record<keyof Meta, string>;
}
