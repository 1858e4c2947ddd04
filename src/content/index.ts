/**
 * Content script entry. The manifest injects it only under the Taipei Times opinion sections
 * (/News/editorials/, /News/edit/), so every other page of the site loads nothing at all; here the URL is
 * checked exactly (an article, not the section index) before anything reads the DOM. Everything the page
 * needs is loaded with this module in one go: a second, lazy import would add a round trip to the
 * extension's files before the first highlight. The card UI (Preact) is still imported on first use.
 */
import { detectFromUrl } from '../detect/detect.ts';
import { startOnPage } from './controller.ts';

const GUARD = Symbol.for('backstory.content');
const scope = globalThis as { [GUARD]?: true };

if (!scope[GUARD]) {
  scope[GUARD] = true;
  // User Timing marks let the benchmark measure start-to-annotated from the page's own timeline.
  performance.mark('backstory:start');
  const verdict = detectFromUrl(location.href);
  if (verdict?.kind === 'op-ed') void startOnPage(verdict);
}
