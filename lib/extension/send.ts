// Typed sending, for the panel and the background: a request's reply has the
// type its map declares, and is checked before anyone reads it.
import { isBackgroundReply, isTabReply, type BackgroundReply, type BackgroundRequest, type TabReply, type TabRequest } from './messages';

/** A request to the content scripts of a tab; undefined when none answers (not a portal page, still loading) or the reply is malformed. */
export async function sendToTab<R extends TabRequest>(tabId: number, request: R): Promise<TabReply<R['type']> | undefined> {
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, request);
  } catch {
    return undefined;
  }
  return isTabReply(request.type, reply) ? reply : undefined;
}

/** A request to the background; undefined when it does not answer or the reply is malformed. */
export async function sendToBackground<R extends BackgroundRequest>(request: R): Promise<BackgroundReply<R['type']> | undefined> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(request);
  } catch {
    return undefined;
  }
  return isBackgroundReply(request.type, reply) ? reply : undefined;
}
