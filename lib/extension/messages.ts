// The one message protocol between the content scripts, the background and the
// panel. Every message is checked on arrival: page content is untrusted, and a
// message that does not have exactly the expected shape is ignored.

import type { ReportModel } from '../core/model';
import type { Detection } from '../core/types';

/** The script a reader chose to see: as published, Simplified, or Traditional (in a chosen standard). */
export type ScriptView = 'original' | 'simplified' | 'traditional';
export const SCRIPT_VIEWS: readonly ScriptView[] = ['original', 'simplified', 'traditional'];
export type TraditionalStandard = 'tw' | 'twp' | 'hk' | 't';
export const TRADITIONAL_STANDARDS: readonly TraditionalStandard[] = ['tw', 'twp', 'hk', 't'];

/** Content script → background: what the always-on script found. */
export interface DetectedMessage {
  type: 'pr:detected';
  detection: Detection;
}
/** Panel → background: inject the reader into a tab (a detected report, or "read anyway"). */
export interface LoadReaderMessage {
  type: 'pr:load-reader';
  tabId: number;
  force: boolean;
}
/** Reader → background: inject the script converter into my tab. */
export interface LoadConverterMessage {
  type: 'pr:load-converter';
}
export function isLoadConverterMessage(x: unknown): x is LoadConverterMessage {
  return isObject(x) && x.type === 'pr:load-converter';
}

/** Panel → tab: requests answered by the content scripts. */
export type TabRequest =
  | { type: 'pr:get-state' }
  | { type: 'pr:get-model' }
  | { type: 'pr:scroll-to'; block: number }
  | { type: 'pr:highlight'; figure: number }
  | { type: 'pr:clean'; on: boolean }
  | { type: 'pr:convert'; view: ScriptView; standard: TraditionalStandard; quotes: boolean }
  | { type: 'pr:toggle-script'; standard: TraditionalStandard; quotes: boolean }
  | { type: 'pr:prepare-script'; standard: TraditionalStandard; quotes: boolean }
  | { type: 'pr:toggle-clean' };

/** Tab → panel: the reader's model is ready or changed; which section is in view. */
export type TabEvent =
  | { type: 'pr:model'; model: ReportModel; stale: boolean }
  | { type: 'pr:view'; view: ScriptView; cleaned: boolean }
  | { type: 'pr:section'; entry: number };

export interface TabState {
  detection: Detection | null;
  readerLoaded: boolean;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isIndex = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < 1e7;
const isTabId = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
const isStringArray = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

export function isDetection(x: unknown): x is Detection {
  return isObject(x) && typeof x.isReport === 'boolean' && typeof x.score === 'number' && isStringArray(x.reasons);
}

export function isDetectedMessage(x: unknown): x is DetectedMessage {
  return isObject(x) && x.type === 'pr:detected' && isDetection(x.detection);
}

export function isLoadReaderMessage(x: unknown): x is LoadReaderMessage {
  return isObject(x) && x.type === 'pr:load-reader' && isTabId(x.tabId) && typeof x.force === 'boolean';
}

export function isTabRequest(x: unknown): x is TabRequest {
  if (!isObject(x) || typeof x.type !== 'string') return false;
  switch (x.type) {
    case 'pr:get-state':
    case 'pr:get-model':
    case 'pr:toggle-clean':
      return true;
    case 'pr:toggle-script':
    case 'pr:prepare-script':
      return TRADITIONAL_STANDARDS.includes(x.standard as TraditionalStandard) && typeof x.quotes === 'boolean';
    case 'pr:scroll-to':
      return isIndex(x.block);
    case 'pr:highlight':
      return isIndex(x.figure);
    case 'pr:clean':
      return typeof x.on === 'boolean';
    case 'pr:convert':
      return (
        SCRIPT_VIEWS.includes(x.view as ScriptView) &&
        TRADITIONAL_STANDARDS.includes(x.standard as TraditionalStandard) &&
        typeof x.quotes === 'boolean'
      );
    default:
      return false;
  }
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

export function isTabEvent(x: unknown): x is TabEvent {
  if (!isObject(x)) return false;
  if (x.type === 'pr:model') return isReportModel(x.model) && typeof x.stale === 'boolean';
  if (x.type === 'pr:view') return SCRIPT_VIEWS.includes(x.view as ScriptView) && typeof x.cleaned === 'boolean';
  if (x.type === 'pr:section') return typeof x.entry === 'number' && Number.isInteger(x.entry) && x.entry >= -1;
  return false;
}

export function isTabState(x: unknown): x is TabState {
  return isObject(x) && (x.detection === null || isDetection(x.detection)) && typeof x.readerLoaded === 'boolean';
}

interface Sender {
  id?: string;
  url?: string;
}

/** A message from one of our own extension pages (the panel), not from a web page's content script. */
export function fromExtensionPage(
  sender: Sender,
  runtime = (globalThis as { chrome?: { runtime?: { id?: string; getURL?(p: string): string } } }).chrome?.runtime,
): boolean {
  if (!runtime?.id || sender.id !== runtime.id) return false;
  const origin = runtime.getURL?.('/') ?? '';
  return !!origin && !!sender.url && sender.url.startsWith(origin);
}
