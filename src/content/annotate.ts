/**
 * The annotate pass: reads an article region's text, finds mentions with the pure matcher and wraps the ones
 * to highlight. Work is cut into slices of a few milliseconds with yields between them, so a long page never
 * blocks the main thread; everything it did is undone by `remove()`.
 */
import type { Matcher } from '../match/matcher.ts';
import { selectMentions, type MentionMode } from '../match/mentions.ts';
import { wrapMention, type Highlight } from './highlighter.ts';
import { collectTextRuns, sliceRun } from './text-runs.ts';

/** The result of annotating a region. */
export interface Annotation {
  /** Every mention found (highlighted or not), by entity id, in order of first appearance. */
  mentionCounts: Map<string, number>;
  /** The highlights made, in document order. */
  highlights: Highlight[];
  /** Removes every highlight and restores the region's DOM exactly. Safe to call twice. */
  remove(): void;
}

export interface AnnotateOptions {
  matcher: Matcher;
  mode: MentionMode;
  /** Aborting stops the pass and undoes what it had done. */
  signal?: AbortSignal;
}

const SLICE_MS = 8;

/** Lets the page run: scheduler.yield() where the browser has it, a macrotask otherwise. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** Annotates `blocks` (in document order). */
export async function annotateBlocks(blocks: readonly Element[], options: AnnotateOptions): Promise<Annotation> {
  const mentionCounts = new Map<string, number>();
  const highlights: Highlight[] = [];
  /** The same highlights in the order they were made: undoing in exactly the reverse order restores the DOM. */
  const made: Highlight[] = [];
  let removed = false;
  const annotation: Annotation = {
    mentionCounts,
    highlights,
    remove() {
      if (removed) return;
      removed = true;
      for (let i = made.length - 1; i >= 0; i--) made[i]?.undo();
      made.length = 0;
      highlights.length = 0;
    },
  };
  const seen = new Set<string>();
  let sliceStart = performance.now();
  for (const block of blocks) {
    if (options.signal?.aborted || removed) break;
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
      if (options.signal?.aborted || removed) break;
    }
    if (!block.isConnected) continue;
    for (const run of collectTextRuns(block)) {
      const runHighlights: Highlight[] = [];
      const matches = options.matcher.findMatches(run.text);
      for (const match of matches) mentionCounts.set(match.entityId, (mentionCounts.get(match.entityId) ?? 0) + 1);
      const chosen = selectMentions(matches, options.mode, seen);
      // Wrap from the end: splitting a text node keeps its head in place, so earlier offsets stay valid.
      for (let i = chosen.length - 1; i >= 0; i--) {
        const match = chosen[i];
        if (!match) continue;
        const highlight = wrapMention(sliceRun(run, match.start, match.end), match.entityId, block.ownerDocument);
        decorate(highlight);
        runHighlights.push(highlight);
        made.push(highlight);
      }
      highlights.push(...runHighlights.reverse());
    }
  }
  if (options.signal?.aborted) annotation.remove();
  return annotation;
}

/**
 * Makes a highlight a keyboard-reachable trigger for its card. Inside a link or button it stays a plain mark:
 * an interactive element may not nest another, and the link keeps its own behaviour there.
 */
function decorate(highlight: Highlight): void {
  const [first, ...rest] = highlight.marks;
  if (!first) return;
  for (const mark of rest) mark.dataset.part = 'continuation';
  if (first.parentElement?.closest('a[href], button, [role="button"], [role="link"]')) return;
  first.tabIndex = 0;
  first.setAttribute('role', 'button');
  first.setAttribute('aria-haspopup', 'dialog');
  first.setAttribute('aria-expanded', 'false');
}
