/**
 * The highlights' look, in one <style> element that exists only while a page is annotated. It targets only
 * <backstory-mark>, and `all: unset` first so the page's own rules for `*` or inline elements do not leak in.
 */
import { MARK_TAG } from './highlighter.ts';

const CSS = `
${MARK_TAG} {
  all: unset;
  display: inline;
  cursor: help;
  border-radius: 2px;
  text-decoration-line: underline;
  text-decoration-style: dotted;
  text-decoration-thickness: 1.5px;
  text-underline-offset: 0.22em;
  text-decoration-color: #c2571a;
  background-color: rgba(194, 87, 26, 0.08);
  transition: background-color 120ms ease-out;
}
${MARK_TAG}:hover, ${MARK_TAG}[aria-expanded="true"] { background-color: rgba(194, 87, 26, 0.2); }
${MARK_TAG}:focus-visible { outline: 2px solid #c2571a; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  ${MARK_TAG} { text-decoration-color: #f0a36b; background-color: rgba(240, 163, 107, 0.12); }
}
@media (prefers-reduced-motion: reduce) { ${MARK_TAG} { transition: none; } }
`;

/** Adds the highlight style to the page; the returned function takes it away again. */
export function addMarkStyle(document: Document): () => void {
  const style = document.createElement('style');
  style.dataset.backstory = 'marks';
  style.textContent = CSS;
  (document.head ?? document.documentElement).append(style);
  return () => style.remove();
}
