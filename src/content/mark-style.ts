/**
 * The highlights' look, in one <style> element that exists only while a page is annotated. It targets only
 * <backstory-mark>, and `all: unset` first so the page's own rules for `*` or inline elements do not leak in.
 * The reader's highlight style (underline, tint, none) is an attribute on <html>, so changing it restyles every
 * highlight at once without touching them; both the style element and the attribute go when Backstory stops.
 */
import type { HighlightStyle } from '../shared/settings.ts';
import { MARK_TAG } from './highlighter.ts';

const STYLE_ATTRIBUTE = 'data-backstory-style';
const FLASH_ATTRIBUTE = 'data-backstory-flash';
const FLASH_MS = 1600;

const CSS = `
${MARK_TAG} {
  all: unset;
  display: inline;
  cursor: help;
  border-radius: 2px;
  --backstory-accent: #a8470f;
  --backstory-tint: rgba(194, 87, 26, 0.10);
  --backstory-tint-strong: rgba(194, 87, 26, 0.24);
  transition: background-color 120ms ease-out;
}
:root[${STYLE_ATTRIBUTE}="underline"] ${MARK_TAG} {
  text-decoration-line: underline;
  text-decoration-style: dotted;
  text-decoration-thickness: 1.5px;
  text-underline-offset: 0.22em;
  text-decoration-color: var(--backstory-accent);
}
:root[${STYLE_ATTRIBUTE}="tint"] ${MARK_TAG} { background-color: var(--backstory-tint); }
${MARK_TAG}:hover, ${MARK_TAG}[aria-expanded="true"] { background-color: var(--backstory-tint-strong); }
${MARK_TAG}:focus-visible { outline: 2px solid var(--backstory-accent); outline-offset: 1px; }
${MARK_TAG}[${FLASH_ATTRIBUTE}] { animation: backstory-flash ${FLASH_MS}ms ease-out; }
@keyframes backstory-flash {
  0%, 40% { background-color: rgba(255, 196, 0, 0.65); box-shadow: 0 0 0 3px rgba(255, 196, 0, 0.65); }
  100% { background-color: transparent; box-shadow: none; }
}
@media (prefers-color-scheme: dark) {
  ${MARK_TAG} {
    --backstory-accent: #f0a36b;
    --backstory-tint: rgba(240, 163, 107, 0.16);
    --backstory-tint-strong: rgba(240, 163, 107, 0.3);
  }
}
@media (prefers-reduced-motion: reduce) {
  ${MARK_TAG} { transition: none; }
  ${MARK_TAG}[${FLASH_ATTRIBUTE}] { animation: none; outline: 3px solid rgba(255, 196, 0, 0.9); }
}
`;

/** Adds the highlight style to the page; the returned function takes it away again. */
export function addMarkStyle(document: Document): () => void {
  const style = document.createElement('style');
  style.dataset.backstory = 'marks';
  style.textContent = CSS;
  (document.head ?? document.documentElement).append(style);
  return () => style.remove();
}

/** Sets the highlight style of every highlight; null removes the attribute (Backstory stopped). */
export function setHighlightStyle(document: Document, style: HighlightStyle | null): void {
  if (style === null) document.documentElement.removeAttribute(STYLE_ATTRIBUTE);
  else if (document.documentElement.getAttribute(STYLE_ATTRIBUTE) !== style) document.documentElement.setAttribute(STYLE_ATTRIBUTE, style);
}

/** Flashes a highlight briefly, to show the reader where a jump landed. */
export function flashMark(mark: HTMLElement): void {
  mark.removeAttribute(FLASH_ATTRIBUTE);
  void mark.offsetWidth; // restart the animation when the same mark flashes twice
  mark.setAttribute(FLASH_ATTRIBUTE, '');
  setTimeout(() => mark.removeAttribute(FLASH_ATTRIBUTE), FLASH_MS);
}
