/**
 * Reads the text of an article region as runs: the text of one block, split across its inline elements
 * (`<em>`, `<a>`, `<b>`) but never across block boundaries or through skipped elements.
 */

/** One block's text: the concatenation of its text nodes, and where each node starts in it. */
export interface TextRun {
  text: string;
  nodes: Text[];
  starts: number[];
  /** Each node's length when read, to notice a page that changed it since. */
  lengths: number[];
}

/** A piece of one text node: characters [start, end) of `node`. */
export interface TextSlice {
  node: Text;
  start: number;
  end: number;
}

/** Elements whose text is never annotated: code, form fields, embedded documents, our own highlights. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'CODE', 'PRE',
  'KBD', 'SAMP', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'BACKSTORY-MARK',
]);

/** Elements that end one run of text and start another. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'IMG',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** True when an element's text must be left alone. */
export function isSkipped(element: Element): boolean {
  // Duck-typed rather than `instanceof HTMLElement`, so Node tools can run this on a DOM of their own (scan).
  return SKIPPED.has(element.tagName.toUpperCase()) || (element as Partial<HTMLElement>).isContentEditable === true;
}

/** The runs of text inside `root`, in document order. */
export function collectTextRuns(root: Element): TextRun[] {
  const runs: TextRun[] = [];
  let current: TextRun = { text: '', nodes: [], starts: [], lengths: [] };
  const close = (): void => {
    if (current.nodes.length > 0 && current.text.trim() !== '') runs.push(current);
    current = { text: '', nodes: [], starts: [], lengths: [] };
  };
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const text = child as Text;
        current.starts.push(current.text.length);
        current.nodes.push(text);
        current.lengths.push(text.length);
        current.text += text.data;
      } else if (child.nodeType === ELEMENT_NODE) {
        const element = child as Element;
        const tag = element.tagName.toUpperCase();
        if (isSkipped(element)) {
          close();
        } else if (BLOCKS.has(tag)) {
          close();
          visit(element);
          close();
        } else {
          visit(element);
        }
      }
    }
  };
  if (!isSkipped(root)) visit(root);
  close();
  return runs;
}

/** The text-node pieces that characters [start, end) of a run cover, in order. */
export function sliceRun(run: TextRun, start: number, end: number): TextSlice[] {
  const slices: TextSlice[] = [];
  // Binary search for the node holding `start`.
  let low = 0;
  let high = run.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((run.starts[middle] ?? 0) <= start) low = middle;
    else high = middle - 1;
  }
  for (let i = low; i < run.nodes.length; i++) {
    const nodeStart = run.starts[i] ?? 0;
    const node = run.nodes[i] as Text;
    if (nodeStart >= end) break;
    const from = Math.max(start, nodeStart) - nodeStart;
    const to = Math.min(end, nodeStart + node.length) - nodeStart;
    if (to > from) slices.push({ node, start: from, end: to });
  }
  return slices;
}
