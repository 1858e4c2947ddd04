/** Typed senders for the messages declared in messages.ts. */
import { browser } from './browser.ts';
import type { ContentToBackground, PopupToBackground, PopupToContent, Replies } from './messages.ts';

/** Content script or popup → background, with the reply its type promises. */
export function askBackground<M extends ContentToBackground | PopupToBackground>(message: M): Promise<Replies[M['type']]> {
  return browser.runtime.sendMessage<M, Replies[M['type']]>(message);
}

/** Popup → the content script of `tabId`; rejects when that tab has no Backstory content script. */
export function askTab<M extends PopupToContent>(tabId: number, message: M): Promise<Replies[M['type']]> {
  return browser.tabs.sendMessage<M, Replies[M['type']]>(tabId, message);
}
