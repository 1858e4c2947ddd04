/**
 * Content script entry: runs on every page of the supported publishers, so it decides from the URL alone,
 * before reading the DOM, and stops there unless the page is an op-ed. Everything else is imported lazily.
 */
import { detectFromUrl } from '../detect/detect.ts';

const GUARD = Symbol.for('backstory.content');
const scope = globalThis as { [GUARD]?: true };

if (!scope[GUARD]) {
  scope[GUARD] = true;
  // User Timing marks let the benchmark measure start-to-annotated from the page's own timeline.
  performance.mark('backstory:start');
  const verdict = detectFromUrl(location.href);
  if (verdict?.kind === 'op-ed') {
    void import('./controller.ts').then(({ startOnPage }) => startOnPage(verdict));
  }
}
