// The conversion targets: which text nodes and attributes convert, and which are skipped (language, our UI, editable, form values).

import type { ConverterState } from './state';
import type { Target } from './types';

/** Attributes whose text is converted. */
export const CONVERTED_ATTRIBUTES = ['title', 'alt', 'placeholder', 'aria-label'] as const;

/** Our own UI marks itself with this attribute; nothing inside is touched. */
export const SKIP_ATTRIBUTE = 'data-portal-reader-skip';

/** Attributes that change what converts: watched so that a remembered list of targets is dropped when they change. */
export const STRUCTURE_ATTRIBUTES = ['lang', 'contenteditable', SKIP_ATTRIBUTE];

/** Elements left alone with all they contain. (A <textarea> keeps its text, its default value, but its placeholder converts.) */
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed']);

export const TEXT_NODE = 3;
export const ELEMENT_NODE = 1;

const CHINESE_LANGS = new Set(['zh', 'cmn', 'yue', 'lzh', 'wuu', 'hak', 'nan', 'gan', 'hsn', 'cdo', 'cjy', 'cpx', 'czh', 'czo', 'mnp']);

/**
 * Whether a `lang` value marks Chinese (zh, zh-CN, ZH-hant, zh_TW, cmn-Hans …).
 * An empty value (language unknown) does not mark another language.
 */
export function isChineseLang(lang: string): boolean {
  const primary = lang.trim().split(/[-_]/, 1)[0]!.toLowerCase();
  return primary === '' || CHINESE_LANGS.has(primary);
}

/** Non-ASCII: only such strings can change (conversion never changes ASCII). */
export const NON_ASCII = /[^\x00-\x7f]/;

function isEditableValue(v: string): boolean {
  const s = v.trim().toLowerCase();
  return s === '' || s === 'true' || s === 'plaintext-only';
}

function isEditable(el: Element): boolean {
  const v = el.getAttribute('contenteditable');
  return v !== null && isEditableValue(v);
}

/** An <option> without a value attribute submits its text: leave it. */
function textIsFormValue(el: Element): boolean {
  return el.localName === 'option' && !el.hasAttribute('value');
}

/** Language of an element's contents: true Chinese or unmarked, false another language, null not marked here. */
function langOf(s: ConverterState, el: Element): boolean | null {
  const lang = el.getAttribute('lang');
  if (lang === null) return null;
  if (el === s.htmlElement && !s.honorDocumentLang) return null;
  return isChineseLang(lang);
}

/** An element whose whole subtree, attributes included, is left alone. */
function skipsAll(el: Element): boolean {
  return SKIP_TAGS.has(el.localName) || el.hasAttribute(SKIP_ATTRIBUTE) || isEditable(el);
}

/** An element whose text children are left alone. */
export function skipsText(el: Element): boolean {
  return el.localName === 'textarea' || textIsFormValue(el);
}

/**
 * Whether the contents of `el` convert: its attributes, and its text
 * children unless skipsText(el). 'skip' when el or an ancestor is left alone
 * altogether, or el is not inside the root; else whether the nearest `lang`
 * (from el up) is Chinese or absent.
 */
export function contentsOf(s: ConverterState, el: Element): boolean | 'skip' {
  if (s.doc.designMode === 'on') return 'skip';
  let lang: boolean | null = null;
  let inRoot = false;
  for (let node: Node | null = el; node; node = node.parentNode) {
    if (node === s.root || (node === s.htmlElement && s.rootIsDocument)) inRoot = true;
    if (node.nodeType === ELEMENT_NODE) {
      const e = node as Element;
      if (skipsAll(e)) return 'skip';
      if (lang === null) lang = langOf(s, e);
    }
  }
  return inRoot ? (lang ?? true) : 'skip';
}

function addAttributes(s: ConverterState, el: Element, out: Target[]): void {
  const attributes = s.attributes;
  for (let k = 0; k < attributes.length; k++) {
    const name = attributes[k]!;
    const v = el.getAttribute(name);
    if (v !== null && NON_ASCII.test(v)) out.push([el, name]);
  }
}

/** Collect the targets under `parent`, whose contents convert when `convertible`. */
function collect(s: ConverterState, parent: Node, convertible: boolean, textAllowed: boolean, out: Target[]): void {
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    const type = child.nodeType;
    if (type === TEXT_NODE) {
      if (convertible && textAllowed && NON_ASCII.test((child as Text).data)) out.push(child as Text);
    } else if (type === ELEMENT_NODE) {
      const el = child as Element;
      if (SKIP_TAGS.has(el.localName)) continue;
      let conv = convertible;
      if (el.hasAttributes()) {
        // One pass over the attributes (most elements have none, or only class/style).
        const attrs = el.attributes;
        let lang: string | null = null;
        let skip = false;
        let convertibleAttrs = false;
        for (let k = 0; k < attrs.length; k++) {
          const attr = attrs[k]!;
          const name = attr.name;
          if (name === 'lang') lang = attr.value;
          else if (name === SKIP_ATTRIBUTE) skip = true;
          else if (name === 'contenteditable') skip ||= isEditableValue(attr.value);
          else if (s.attributeSet.has(name)) convertibleAttrs = true;
        }
        if (skip) continue;
        if (lang !== null && (el !== s.htmlElement || s.honorDocumentLang)) conv = isChineseLang(lang);
        if (conv && convertibleAttrs) addAttributes(s, el, out);
      }
      if (el.firstChild) collect(s, el, conv, !skipsText(el), out);
    }
  }
}

/** Collect the targets in el and under it. */
export function collectFrom(s: ConverterState, el: Element, out: Target[]): void {
  const conv = contentsOf(s, el);
  if (conv === 'skip') return;
  if (conv) addAttributes(s, el, out);
  collect(s, el, conv, !skipsText(el), out);
}

/** Collect every target under the root (a walk of the whole page). */
export function collectAll(s: ConverterState): Target[] {
  s.stats.walks++;
  const out: Target[] = [];
  // A document's text is all under its <html> (linkedom does not link the doctype to it).
  const from = s.rootIsDocument ? s.htmlElement : (s.root as Element);
  if (from) collectFrom(s, from, out);
  return out;
}
