/**
 * Content scripts of one extension share a world per page: the first of ours to run claims the page, and
 * whichever part runs it (the article loader, then the controller) registers what to do when the reader asks
 * for this page through the popup or the keyboard command, which inject on-demand.ts.
 */
const KEY = Symbol.for('backstory.page');
interface PageClaim {
  onRequest?: () => void;
}
const scope = globalThis as { [KEY]?: PageClaim };

/** True for the first caller in this page; false when a Backstory script already runs here. */
export function claimPage(): boolean {
  if (scope[KEY]) return false;
  scope[KEY] = {};
  return true;
}

/** Sets what happens when the reader asks to annotate this page. */
export function onReaderRequest(handler: () => void): void {
  const claim = (scope[KEY] ??= {});
  claim.onRequest = handler;
}

/** Passes the reader's request to the part running this page; false when nothing runs here yet. */
export function requestOnPage(): boolean {
  const handler = scope[KEY]?.onRequest;
  handler?.();
  return handler !== undefined;
}
