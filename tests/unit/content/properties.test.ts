// @vitest-environment happy-dom
/**
 * Property tests of the DOM side: generated DOM trees and generated entity sets, checking that annotating
 * never changes the text, restores the DOM exactly, never nests or straddles highlights, never enters skipped
 * elements, and agrees with the pure matcher run on each block's flattened text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Annotator } from '../../../src/content/annotate.ts';
import { MARK_TAG } from '../../../src/content/highlighter.ts';
import { collectTextRuns } from '../../../src/content/text-runs.ts';
import { Matcher } from '../../../src/match/matcher.ts';
import type { MatchEntry } from '../../../src/match/types.ts';

const WORDS = ['Lai', 'Ko', 'TSMC', 'AIT', 'Xring', 'O1', 'Taiwan', 'Semi', 'Co', '雷軍', '小米', 'the', 'and', 'of', 'WAIT'];
const GAPS = [' ', ' ', '\u00a0', '\n', ', ', '’s ', '. ', ' (', ') ', '—', ''];
const INLINE = ['em', 'b', 'a', 'span', 'i'];
const BLOCK = ['p', 'div', 'li', 'br'];
const SKIPPED = ['code', 'script', 'textarea', 'button', 'pre'];

type Tree = { kind: 'text'; text: string } | { kind: 'element'; tag: string; editable: boolean; children: Tree[] };

const textArb = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...GAPS)), { minLength: 1, maxLength: 6 })
  .map((parts) => ({ kind: 'text' as const, text: parts.map(([word, gap]) => word + gap).join('') }));

const treeArb: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textArb,
    fc.record({
      kind: fc.constant('element' as const),
      tag: fc.constantFrom(...INLINE, ...BLOCK, ...SKIPPED),
      editable: fc.boolean().map((flag) => flag && Math.random() < 0.3),
      children: fc.array(tie('tree'), { maxLength: 4 }),
    }),
  ),
})).tree;

const entitiesArb: fc.Arbitrary<MatchEntry[]> = fc
  .uniqueArray(
    fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((words) => words.join(' ')),
    { minLength: 1, maxLength: 8 },
  )
  .map((names) => names.map((name, index) => ({ id: `e${index}`, name, type: 'concept' as const, patterns: [name] })));

function build(trees: Tree[], parent: Node): void {
  for (const tree of trees) {
    if (tree.kind === 'text') {
      parent.appendChild(document.createTextNode(tree.text));
      continue;
    }
    const element = document.createElement(tree.tag);
    if (tree.tag === 'a') element.setAttribute('href', '#');
    if (tree.editable) element.setAttribute('contenteditable', 'true');
    if (tree.tag !== 'br') build(tree.children, element);
    parent.appendChild(element);
  }
}

/** Every node under `root`, in order, with its text for text nodes: the DOM's exact shape. */
function snapshot(root: Node): Array<[Node, string | null]> {
  const nodes: Array<[Node, string | null]> = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      nodes.push([child, child.nodeType === Node.TEXT_NODE ? (child as Text).data : null]);
      walk(child);
    }
  };
  walk(root);
  return nodes;
}

/** Mentions as the DOM shows them: each first mark with its continuation pieces, in document order. */
function domMentions(root: Element): string[] {
  const mentions: string[] = [];
  for (const mark of root.querySelectorAll<HTMLElement>(MARK_TAG)) {
    const entry = `${mark.dataset.entity}:${mark.textContent}`;
    if (mark.dataset.part === 'continuation' && mentions.length > 0) mentions[mentions.length - 1] += mark.textContent;
    else mentions.push(entry);
  }
  return mentions;
}

describe('annotating generated DOM trees', () => {
  it('keeps the text, restores exactly, never nests, straddles or enters skipped elements, and agrees with the matcher', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(treeArb, { minLength: 1, maxLength: 5 }), entitiesArb, async (trees, entities) => {
        document.body.innerHTML = '';
        const root = document.createElement('div');
        document.body.append(root);
        build(trees, root);
        const matcher = new Matcher(entities);
        const text = root.textContent;
        const html = root.innerHTML;
        const shape = snapshot(root);
        const expected = collectTextRuns(root).flatMap((run) =>
          matcher.findMatches(run.text).map((match) => `${match.entityId}:${run.text.slice(match.start, match.end)}`),
        );

        const annotator = new Annotator({ matcher, mode: 'every' });
        await annotator.annotate([root]);
        expect(root.textContent).toBe(text);
        for (const mark of root.querySelectorAll(MARK_TAG)) {
          expect(mark.querySelector(MARK_TAG)).toBeNull();
          expect(mark.parentElement?.closest(MARK_TAG)).toBeNull();
          expect(mark.querySelector('p, div, li, br')).toBeNull();
          expect(mark.closest('code, script, textarea, button, pre, [contenteditable="true"]')).toBeNull();
        }
        // Names the matcher would split differently between text and DOM (a mark may end before an apostrophe
        // in both) still compare equal: the DOM side joins continuation pieces of one mention.
        expect(domMentions(root)).toEqual(expected);

        annotator.remove();
        expect(root.innerHTML).toBe(html);
        expect(snapshot(root)).toEqual(shape);
      }),
      { numRuns: 300 },
    );
  });
});
