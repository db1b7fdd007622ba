// The reader following its page: re-reading when the page changes under it
// (pagination, late content, SPA navigation), and telling the panel which
// section is in view as the reader scrolls.

import type { TabEvent } from '../extension/messages';
import { watchPage } from './page-watch';
import type { ReaderSession } from './session';

export interface FollowOptions {
  /** How long the page must be quiet before it is read again. */
  quietMs?: number;
  /** After an address change (SPA navigation): how long the page gets to show its new content. */
  navigationDelayMs?: number;
}

/**
 * Says at once that the panel's data is stale when the page's structure changes
 * or its address does, and sends the new model once the page is quiet (one
 * re-read at a time). Returns the function that stops following.
 */
export function followPageChanges(session: ReaderSession, send: (event: TabEvent) => void, options: FollowOptions = {}): () => void {
  const view = session.doc.defaultView;
  if (!view) return () => {};
  let rereading = false;
  const reread = () => {
    if (rereading) return;
    rereading = true;
    void session.reread(view.location.href).finally(() => {
      rereading = false;
      send({ type: 'pr:model', model: session.model, stale: false });
    });
  };
  const staleNow = () => send({ type: 'pr:model', model: session.model, stale: true });
  const unwatch = watchPage(session.doc, staleNow, reread, options.quietMs);
  let lastUrl = view.location.href;
  const onLocation = () => {
    if (view.location.href === lastUrl) return;
    lastUrl = view.location.href;
    staleNow();
    setTimeout(reread, options.navigationDelayMs ?? 300);
  };
  // wxt:locationchange is WXT's event for history.pushState navigation in content scripts.
  view.addEventListener('wxt:locationchange', onLocation);
  view.addEventListener('popstate', onLocation);
  return () => {
    unwatch();
    view.removeEventListener('wxt:locationchange', onLocation);
    view.removeEventListener('popstate', onLocation);
  };
}

/** Sends the outline entry in view (pr:section) when it changes while the reader scrolls, once a frame at most. */
export function trackSectionInView(session: ReaderSession, send: (event: TabEvent) => void): () => void {
  const view = session.doc.defaultView;
  if (!view) return () => {};
  let lastEntry = -2;
  let scheduled = false;
  const onScroll = () => {
    if (scheduled) return;
    scheduled = true;
    view.requestAnimationFrame(() => {
      scheduled = false;
      const entry = session.currentEntry();
      if (entry !== lastEntry) {
        lastEntry = entry;
        send({ type: 'pr:section', entry });
      }
    });
  };
  view.addEventListener('scroll', onScroll, { passive: true });
  return () => view.removeEventListener('scroll', onScroll);
}
