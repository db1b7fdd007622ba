// The one message protocol between the content scripts, the background and the
// extension's pages: every message with its reply, who may send it, and the
// global and port names the scripts share. Every message is checked on arrival
// against one table of field checks: page content is untrusted, and a message
// whose fields do not have the expected types is ignored (fields the table does
// not name are never read).
//
// A new message: add it to the right map below (its fields, and its reply), its
// field checks to the matching table (the compiler insists), a sample to
// tests/unit/messages.test.ts, and the code that answers it (the reader's
// lib/page/reader-requests.ts, or the background's entrypoints/background.ts).
// Sending: lib/extension/send.ts (typed replies, checked).

import type { ReportModel } from '../core/model';
import type { Detection } from '../core/types';

/** The script a reader chose to see: as published, Simplified, or Traditional (in a chosen standard). */
export type ScriptView = 'original' | 'simplified' | 'traditional';
export const SCRIPT_VIEWS: readonly ScriptView[] = ['original', 'simplified', 'traditional'];
export type TraditionalStandard = 'tw' | 'twp' | 'hk' | 't';
export const TRADITIONAL_STANDARDS: readonly TraditionalStandard[] = ['tw', 'twp', 'hk', 't'];

// ── Names the scripts share (they are separate bundles: only these strings connect them) ──

/** The reader's session on a page, set by reader.js (the detector asks whether it is there). */
export const READER_GLOBAL = '__portalReader';
/** Set while the first copy of reader.js is still reading (a second injection then does nothing). */
export const READER_LOADING_GLOBAL = '__portalReaderLoading';
/**
 * The conversion code of each direction, set by its converter script when the background
 * injects it on the reader's request: to Traditional (cn2t, the large dictionaries) and
 * to Simplified (t2cn, a tenth of the size), so a page only loads the direction it needs.
 */
export type ConverterDirection = 'traditional' | 'simplified';
export const CONVERTER_GLOBALS: Readonly<Record<ConverterDirection, string>> = {
  traditional: '__portalReaderConvert',
  simplified: '__portalReaderConvertSimplified',
};
/** The port a panel holds to a tab while it shows it (the reader clears highlights when the last goes). */
export const PANEL_PORT = 'portal-reader-panel';
/** The scripts the background injects into a tab on demand. */
export const READER_FILE = '/reader.js';
export const CONVERTER_FILES = { traditional: '/converter.js', simplified: '/converter-simplified.js' } as const;
export type InjectedFile = typeof READER_FILE | (typeof CONVERTER_FILES)[ConverterDirection];

// ── The messages ──

type NoFields = Record<never, never>;

/** The choice of Traditional standard and quotes that goes with a conversion request. */
export interface ScriptSettings {
  standard: TraditionalStandard;
  quotes: boolean;
}

export interface TabState {
  detection: Detection | null;
  readerLoaded: boolean;
  /** The document's MIME type: a file the browser shows itself (a PDF in its viewer) is not text/html. */
  contentType: string;
}

/**
 * Panel (or background) → tab: requests answered by the content scripts (the
 * detector answers pr:get-state, the reader the rest).
 */
export interface TabProtocol {
  'pr:get-state': { request: NoFields; reply: TabState };
  'pr:get-model': { request: NoFields; reply: { model: ReportModel; stale: boolean; cleaned: boolean; view: ScriptView } };
  'pr:scroll-to': { request: { block: number }; reply: { ok: boolean } };
  'pr:highlight': { request: { figure: number }; reply: { ok: boolean } };
  'pr:clean': { request: { on: boolean }; reply: { ok: boolean; cleaned: boolean } };
  'pr:toggle-clean': { request: NoFields; reply: { ok: boolean; cleaned: boolean } };
  'pr:convert': { request: ScriptSettings & { view: ScriptView }; reply: { ok: boolean; view: ScriptView; error?: string } };
  'pr:toggle-script': { request: ScriptSettings; reply: { ok: boolean; view: ScriptView; error?: string } };
  /** The panel is open: get the other script ready in idle time. */
  'pr:prepare-script': { request: ScriptSettings; reply: { ok: boolean } };
}

/** → background: requests with a reply. */
export interface BackgroundProtocol {
  /** Panel → background: inject the reader into a tab (a detected report, or "read anyway"). */
  'pr:load-reader': { request: { tabId: number; force: boolean }; reply: { ok: boolean } };
  /** Reader → background: inject the script converter for one direction into my tab. */
  'pr:load-converter': { request: { to: ConverterDirection }; reply: { ok: boolean } };
}

/** Content script → background, no reply. */
export interface BackgroundEvents {
  /** What the always-on script found. */
  'pr:detected': { detection: Detection };
}

/** Reader → panel, no reply: the model is ready or changed; the script or cleaning changed; which section is in view. */
export interface TabEvents {
  'pr:model': { model: ReportModel; stale: boolean };
  'pr:view': { view: ScriptView; cleaned: boolean };
  'pr:section': { entry: number };
}

/** Who may send a message to the background: a content script in a tab, or one of our own pages. */
export type SenderKind = 'tab' | 'extension-page';
export const BACKGROUND_SENDERS: Record<keyof BackgroundProtocol | keyof BackgroundEvents, SenderKind> = {
  'pr:detected': 'tab',
  // Only into the reader's own tab, never on a page's say-so for another tab.
  'pr:load-converter': 'tab',
  // Only our own pages (the panel) may ask for the reader, never a content script.
  'pr:load-reader': 'extension-page',
};

// ── Types derived from the maps ──

type Protocol<P> = { [K in keyof P]: { request: object; reply: object } };
type Requests<P extends Protocol<P>> = { [K in keyof P]: P[K]['request'] };
type Replies<P extends Protocol<P>> = { [K in keyof P]: P[K]['reply'] };
/** One message of a map: its type plus its fields (distributes over a union of types). */
export type MessageOf<M, K extends keyof M = keyof M> = K extends keyof M ? { type: K } & M[K] : never;

export type TabRequestType = keyof TabProtocol;
export type TabRequest<K extends TabRequestType = TabRequestType> = MessageOf<Requests<TabProtocol>, K>;
export type TabReply<K extends TabRequestType> = TabProtocol[K]['reply'];
export type BackgroundRequestType = keyof BackgroundProtocol;
export type BackgroundRequest<K extends BackgroundRequestType = BackgroundRequestType> = MessageOf<Requests<BackgroundProtocol>, K>;
export type BackgroundReply<K extends BackgroundRequestType> = BackgroundProtocol[K]['reply'];
export type BackgroundEvent<K extends keyof BackgroundEvents = keyof BackgroundEvents> = MessageOf<BackgroundEvents, K>;
export type TabEvent<K extends keyof TabEvents = keyof TabEvents> = MessageOf<TabEvents, K>;

// Kept under their old names: code and tests speak of them.
export type DetectedMessage = BackgroundEvent<'pr:detected'>;
export type LoadReaderMessage = BackgroundRequest<'pr:load-reader'>;
export type LoadConverterMessage = BackgroundRequest<'pr:load-converter'>;

// ── Field checks ──

type Check<T> = (x: unknown) => x is T;
/** A check for every field of T (optional fields included: their check accepts undefined). */
type Checks<T> = { [F in keyof T]-?: Check<T[F]> };
type FieldTable<M> = { [K in keyof M]: Checks<M[K]> };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isBoolean = (x: unknown): x is boolean => typeof x === 'boolean';
const isString = (x: unknown): x is string => typeof x === 'string';
const isIndex = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < 1e7;
const isConverterDirection = (x: unknown): x is ConverterDirection => x === 'traditional' || x === 'simplified';
const isTabId = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
/** An outline entry, or -1 for "before the first heading". */
const isEntry = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= -1;
const isStringArray = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');
const oneOf =
  <T>(values: readonly T[]): Check<T> =>
  (x): x is T =>
    values.includes(x as T);
const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (x): x is T | undefined =>
    x === undefined || check(x);
const orNull =
  <T>(check: Check<T>): Check<T | null> =>
  (x): x is T | null =>
    x === null || check(x);

export const isScriptView: Check<ScriptView> = oneOf(SCRIPT_VIEWS);
export const isTraditionalStandard: Check<TraditionalStandard> = oneOf(TRADITIONAL_STANDARDS);

export function isDetection(x: unknown): x is Detection {
  return isObject(x) && typeof x.isReport === 'boolean' && typeof x.score === 'number' && isStringArray(x.reasons);
}

export function isReportModel(x: unknown): x is ReportModel {
  return (
    isObject(x) &&
    isDetection(x) &&
    typeof x.title === 'string' &&
    typeof x.text === 'string' &&
    isObject(x.meta) &&
    Array.isArray(x.outline) &&
    Array.isArray(x.figures) &&
    Array.isArray(x.outlineProblems)
  );
}

const scriptSettings: Checks<ScriptSettings> = { standard: isTraditionalStandard, quotes: isBoolean };
const scriptReply = { ok: isBoolean, view: isScriptView, error: optional(isString) };
const cleanReply = { ok: isBoolean, cleaned: isBoolean };
const okReply = { ok: isBoolean };

/** The fields of each request to a tab (separate from the replies: the tiny detector bundle needs only these). */
export const TAB_REQUEST_CHECKS: FieldTable<Requests<TabProtocol>> = {
  'pr:get-state': {},
  'pr:get-model': {},
  'pr:scroll-to': { block: isIndex },
  'pr:highlight': { figure: isIndex },
  'pr:clean': { on: isBoolean },
  'pr:toggle-clean': {},
  'pr:convert': { view: isScriptView, ...scriptSettings },
  'pr:toggle-script': scriptSettings,
  'pr:prepare-script': scriptSettings,
};

/** The fields of each reply from a tab (checked by the panel before it reads one). */
export const TAB_REPLY_CHECKS: FieldTable<Replies<TabProtocol>> = {
  'pr:get-state': { detection: orNull(isDetection), readerLoaded: isBoolean, contentType: isString },
  'pr:get-model': { model: isReportModel, stale: isBoolean, cleaned: isBoolean, view: isScriptView },
  'pr:scroll-to': okReply,
  'pr:highlight': okReply,
  'pr:clean': cleanReply,
  'pr:toggle-clean': cleanReply,
  'pr:convert': scriptReply,
  'pr:toggle-script': scriptReply,
  'pr:prepare-script': okReply,
};

export const BACKGROUND_REQUEST_CHECKS: FieldTable<Requests<BackgroundProtocol>> = {
  'pr:load-reader': { tabId: isTabId, force: isBoolean },
  'pr:load-converter': { to: isConverterDirection },
};

export const BACKGROUND_REPLY_CHECKS: FieldTable<Replies<BackgroundProtocol>> = {
  'pr:load-reader': okReply,
  'pr:load-converter': okReply,
};

export const BACKGROUND_EVENT_CHECKS: FieldTable<BackgroundEvents> = {
  'pr:detected': { detection: isDetection },
};

export const TAB_EVENT_CHECKS: FieldTable<TabEvents> = {
  'pr:model': { model: isReportModel, stale: isBoolean },
  'pr:view': { view: isScriptView, cleaned: isBoolean },
  'pr:section': { entry: isEntry },
};

const has = (table: object, key: string) => Object.prototype.hasOwnProperty.call(table, key);
const fieldsPass = (checks: Record<string, Check<unknown>>, x: Record<string, unknown>) =>
  Object.keys(checks).every((field) => checks[field]!(x[field]));

/** The guard for the messages of one table: a known type, and every field passing its check. */
function guardOf<M>(table: FieldTable<M>): (x: unknown) => x is MessageOf<M> {
  return (x: unknown): x is MessageOf<M> =>
    isObject(x) &&
    typeof x.type === 'string' &&
    has(table, x.type) &&
    fieldsPass(table[x.type as keyof M] as Record<string, Check<unknown>>, x);
}

/** The guard for the replies of one table, by the type of the request they answer. */
function replyGuardOf<R>(table: FieldTable<R>) {
  return <K extends keyof R & string>(type: K, x: unknown): x is R[K] =>
    isObject(x) && has(table, type) && fieldsPass(table[type] as Record<string, Check<unknown>>, x);
}

export const isTabRequest = guardOf(TAB_REQUEST_CHECKS);
export const isTabReply: <K extends TabRequestType>(type: K, x: unknown) => x is TabReply<K> = replyGuardOf(TAB_REPLY_CHECKS);
export const isBackgroundRequest = guardOf(BACKGROUND_REQUEST_CHECKS);
export const isBackgroundReply: <K extends BackgroundRequestType>(type: K, x: unknown) => x is BackgroundReply<K> =
  replyGuardOf(BACKGROUND_REPLY_CHECKS);
export const isBackgroundEvent = guardOf(BACKGROUND_EVENT_CHECKS);
export const isTabEvent = guardOf(TAB_EVENT_CHECKS);

export const isTabState = (x: unknown): x is TabState => isTabReply('pr:get-state', x);
export const isDetectedMessage = (x: unknown): x is DetectedMessage => isBackgroundEvent(x) && x.type === 'pr:detected';
export const isLoadReaderMessage = (x: unknown): x is LoadReaderMessage => isBackgroundRequest(x) && x.type === 'pr:load-reader';
export const isLoadConverterMessage = (x: unknown): x is LoadConverterMessage => isBackgroundRequest(x) && x.type === 'pr:load-converter';

// ── Senders ──

interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}
type Runtime = { id?: string; getURL?(p: string): string };

/** A message from one of our own extension pages (the panel), not from a web page's content script. */
export function fromExtensionPage(
  sender: Sender,
  runtime: Runtime | undefined = (globalThis as { chrome?: { runtime?: Runtime } }).chrome?.runtime,
): boolean {
  if (!runtime?.id || sender.id !== runtime.id) return false;
  const origin = runtime.getURL?.('/') ?? '';
  return !!origin && !!sender.url && sender.url.startsWith(origin);
}

/** A message from one of our content scripts in a tab (not from one of our pages). */
export function fromOwnTab(
  sender: Sender,
  runtime: Runtime | undefined = (globalThis as { chrome?: { runtime?: Runtime } }).chrome?.runtime,
) {
  return !!runtime?.id && sender.id === runtime.id && sender.tab?.id !== undefined && !fromExtensionPage(sender, runtime);
}

/**
 * A message to the background, checked: of a known type, with valid fields, from
 * the kind of sender that may send it; null for anything else.
 */
export function backgroundMessage(
  message: unknown,
  sender: Sender,
  runtime: Runtime | undefined = (globalThis as { chrome?: { runtime?: Runtime } }).chrome?.runtime,
): BackgroundRequest | BackgroundEvent | null {
  const checked = isBackgroundRequest(message) || isBackgroundEvent(message) ? message : null;
  if (!checked) return null;
  const allowed = BACKGROUND_SENDERS[checked.type] === 'tab' ? fromOwnTab(sender, runtime) : fromExtensionPage(sender, runtime);
  return allowed ? checked : null;
}
