/**
 * Content script entry for pages whose URL already says opinion (manifest `content_scripts`, generated from the
 * site adapters' `matches.opinion`). The URL is checked exactly (an article, not a section index) before
 * anything reads the DOM. Everything the page needs is loaded with this module in one go: a second, lazy
 * import would add a round trip to the extension's files before the first highlight. The card UI (Preact) is
 * still imported on first use.
 */
import { detectFromUrl } from '../detect/detect.ts';
import { startOnPage } from './controller.ts';
import { claimPage } from './guard.ts';

if (claimPage()) {
  // User Timing marks let the benchmark measure start-to-annotated from the page's own timeline.
  performance.mark('backstory:start');
  if (detectFromUrl(location.href)?.kind === 'op-ed') void startOnPage({ onRequest: false });
}

/**
 * Called by the loader the build puts in the manifest (it imports this module), with the time the loader
 * started: marked, so the benchmark can tell how long loading the modules took before `backstory:start`.
 */
export function onExecute(context?: { perf?: { injectTime?: unknown } }): void {
  const injectTime = context?.perf?.injectTime;
  if (typeof injectTime === 'number' && Number.isFinite(injectTime)) performance.mark('backstory:inject', { startTime: injectTime });
}
