/**
 * Wraps and unwraps highlights. A highlight is a <backstory-mark> element: a custom element name, so page CSS
 * written for real tags does not restyle it. Wrapping splits text nodes; unwrapping puts back the very same
 * nodes with their original text, so the page's DOM is restored exactly (`innerHTML` identical, text nodes as
 * they were, no merging of neighbours that the page kept apart).
 */
import type { TextSlice } from './text-runs.ts';

export const MARK_TAG = 'backstory-mark';

/** A wrapped mention: its mark elements (one, or one per text node when it spans elements) and its undo. */
export interface Highlight {
  marks: HTMLElement[];
  undo(): void;
}

interface Split {
  node: Text;
  created: Text[];
}

/**
 * Wraps the characters that `slices` cover (one mention, slices in document order) for `entityId`.
 * When the mention's first and last text nodes are siblings (`Taiwan <em>Semiconductor</em> Manufacturing`)
 * one mark holds it all; otherwise each text node gets its own mark.
 */
export function wrapMention(slices: readonly TextSlice[], entityId: string, document: Document): Highlight {
  const first = slices[0];
  const last = slices[slices.length - 1];
  if (!first || !last) throw new RangeError('a mention needs at least one text slice');
  const splits: Split[] = [];
  const marks: HTMLElement[] = [];
  const makeMark = (): HTMLElement => {
    const mark = document.createElement(MARK_TAG);
    mark.setAttribute('data-entity', entityId);
    marks.push(mark);
    return mark;
  };

  if (first.node.parentNode && first.node.parentNode === last.node.parentNode) {
    // Split the last node first: splitting keeps the head in the original node, so `first`'s offsets stay valid.
    const tail = isolate(last, splits, first.node === last.node ? first.start : 0);
    const head = first.node === last.node ? tail : isolate(first, splits, first.start);
    const mark = makeMark();
    head.before(mark);
    for (let node: Node | null = head; node; ) {
      const next: Node | null = node === tail ? null : node.nextSibling;
      mark.append(node);
      node = next;
    }
  } else {
    for (let i = slices.length - 1; i >= 0; i--) {
      const slice = slices[i] as TextSlice;
      const piece = isolate(slice, splits, slice.start);
      const mark = makeMark();
      piece.before(mark);
      mark.append(piece);
    }
    marks.reverse();
  }

  return {
    marks,
    undo() {
      for (const mark of marks) {
        mark.replaceWith(...mark.childNodes);
      }
      for (let i = splits.length - 1; i >= 0; i--) {
        const split = splits[i] as Split;
        // Join the pieces back as they read now: unchanged, that is the original text exactly; if the page edited
        // a piece meanwhile, its edit is kept rather than overwritten with what we once read.
        const pieces = [split.node, ...split.created].sort((a, b) =>
          a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);
        const text = pieces.map((piece) => piece.data).join('');
        for (const node of split.created) node.remove();
        if (split.node.data !== text) split.node.data = text;
      }
    },
  };
}

/**
 * Splits `slice.node` so that characters [from, slice.end) stand alone as a text node, and returns that node.
 * Records the split for undo.
 */
function isolate(slice: TextSlice, splits: Split[], from: number): Text {
  const { node, end } = slice;
  const split: Split = { node, created: [] };
  if (end < node.length) split.created.push(node.splitText(end));
  let piece = node;
  if (from > 0) {
    piece = node.splitText(from);
    split.created.push(piece);
  }
  if (split.created.length > 0) splits.push(split);
  return piece;
}
