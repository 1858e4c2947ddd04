/**
 * The annotate pass: reads an article's text, finds mentions with the pure matcher, settles conditional ones
 * with the resolver, and wraps those to highlight. Work is cut into slices of a few milliseconds with yields
 * between them, so a long page never blocks the main thread; `remove()` undoes everything exactly.
 */
import type { Matcher } from '../match/matcher.ts';
import { selectMentions, type MentionMode } from '../match/mentions.ts';
import { MentionResolver } from '../match/resolve.ts';
import type { Match } from '../match/types.ts';
import { wrapMention, type Highlight } from './highlighter.ts';
import { collectTextRuns, sliceRun, type TextRun } from './text-runs.ts';

/** What an annotated article offers its callers. */
export interface Annotation {
  /** Every mention that counts (highlighted or not), by entity id, in order of first appearance. */
  readonly mentionCounts: Map<string, number>;
  /** The highlights made, in document order within each batch of blocks. */
  readonly highlights: Highlight[];
  /** Removes every highlight and restores the DOM exactly. Safe to call twice. */
  remove(): void;
}

export interface AnnotateOptions {
  matcher: Matcher;
  mode: MentionMode;
  /** Runs each synchronous stretch of Backstory's DOM changes, so a mutation observer can leave them unobserved. */
  mutate?: (change: () => void) => void;
  /** Which entities to highlight and count (the reader's entity types); all when absent. */
  accept?: (entityId: string) => boolean;
}

const SLICE_MS = 8;
/**
 * The slice the DOM changes get: enough for a long article's first mentions in one go. Were the page to get a
 * turn half-way through them, the browser would lay out the long article there and again at the end; this way
 * it does so once, with every highlight in place.
 */
const MUTATION_SLICE_MS = 30;

/** Lets the page run: scheduler.yield() where the browser has it, a macrotask otherwise. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Cuts one pass's work into slices of about SLICE_MS. The phases of a pass share it: a phase starting late in a
 * slice yields as soon as the slice is spent, rather than running a whole slice of its own on top.
 */
class Slicer {
  private sliceStart = performance.now();

  constructor(private readonly stop: () => boolean) {}

  /** Runs `work` over `items`, yielding to the page whenever a slice of `sliceMs` is spent; false if cut short. */
  async run<T>(items: readonly T[], work: (item: T) => void, sliceMs = SLICE_MS): Promise<boolean> {
    for (const item of items) {
      if (performance.now() - this.sliceStart > sliceMs) await this.yield();
      if (this.stop()) return false;
      work(item);
    }
    return true;
  }

  /** Yields to the page now: the work after it starts a new slice. */
  async yield(): Promise<void> {
    await yieldToPage();
    this.sliceStart = performance.now();
  }

  /** True when the current slice has used up the ordinary budget. */
  get spent(): boolean {
    return performance.now() - this.sliceStart > SLICE_MS;
  }
}

/** One article's annotation, built up batch by batch as blocks arrive. */
export class Annotator implements Annotation {
  readonly mentionCounts = new Map<string, number>();
  readonly highlights: Highlight[] = [];
  /** The same highlights in the order they were made: undoing in exactly the reverse order restores the DOM. */
  private readonly made: Highlight[] = [];
  private readonly resolver = new MentionResolver();
  private readonly highlighted = new Set<string>();
  private readonly annotatedBlocks = new WeakSet<Element>();
  private readonly blockList: Element[] = [];
  private removed = false;

  constructor(private readonly options: AnnotateOptions) {}

  /** True once `block` has been annotated by this annotator. */
  hasAnnotated(block: Element): boolean {
    return this.annotatedBlocks.has(block);
  }

  /**
   * Annotates `blocks` (in document order), skipping blocks done before. Aborting `signal` stops the pass;
   * whatever it wrapped stays recorded, so `remove()` still undoes it.
   */
  async annotate(blocks: readonly Element[], signal?: AbortSignal): Promise<void> {
    const slices = new Slicer(() => this.removed || signal?.aborted === true);
    const fresh = blocks.filter((block) => !this.annotatedBlocks.has(block) && block.isConnected);
    for (const block of fresh) this.annotatedBlocks.add(block);
    this.blockList.push(...fresh);
    const read: Array<{ run: TextRun; matches: Match[] }> = [];
    const complete = await slices.run(fresh, (block) => {
      for (const run of collectTextRuns(block)) read.push({ run, matches: this.options.matcher.findMatches(run.text) });
    });
    if (!complete) return;
    const resolved = this.resolver.resolve(read.map((item) => item.matches));
    // First what to highlight in the whole batch, which changes nothing in the page; then the highlights, all in
    // one slice of MUTATION_SLICE_MS, after a yield if the reading before them has used up its slice (a short
    // article is annotated in one task, without giving the page a turn in between).
    const toWrap: Array<{ run: TextRun; chosen: Match[] }> = [];
    const chosen = await slices.run(read.map((item, index) => ({ run: item.run, matches: resolved[index] ?? [] })), ({ run, matches }) => {
      const picked = this.choose(run, matches);
      if (picked.length > 0) toWrap.push({ run, chosen: picked });
    });
    if (!chosen || toWrap.length === 0) return;
    if (slices.spent) await slices.yield();
    await slices.run(toWrap, ({ run, chosen: picked }) => this.mutate(() => this.wrapRun(run, picked)), MUTATION_SLICE_MS);
  }

  /** The blocks annotated so far, in the order they were annotated. */
  get blocks(): readonly Element[] {
    return this.blockList;
  }

  /** Counts one run's mentions and picks those to highlight (none when the page changed the run since). */
  private choose(run: TextRun, resolved: Match[]): Match[] {
    if (resolved.length === 0 || isStale(run)) return [];
    // Entities of types the reader left out still helped resolve the others; they are neither counted nor wrapped.
    const accept = this.options.accept;
    const matches = accept ? resolved.filter((match) => accept(match.entityId)) : resolved;
    for (const match of matches) this.mentionCounts.set(match.entityId, (this.mentionCounts.get(match.entityId) ?? 0) + 1);
    return selectMentions(matches, this.options.mode, this.highlighted);
  }

  /** Wraps the chosen mentions of one run. */
  private wrapRun(run: TextRun, chosen: Match[]): void {
    // The page may have changed the text since it was read: leave such a run alone rather than wrap wrongly.
    if (isStale(run)) return;
    const runHighlights: Highlight[] = [];
    // Wrap from the end: splitting a text node keeps its head in place, so earlier offsets stay valid.
    for (let i = chosen.length - 1; i >= 0; i--) {
      const match = chosen[i];
      if (!match) continue;
      const highlight = wrapMention(sliceRun(run, match.start, match.end), match.entityId, run.nodes[0]?.ownerDocument ?? document);
      decorate(highlight);
      runHighlights.push(highlight);
      this.made.push(highlight);
    }
    this.highlights.push(...runHighlights.reverse());
  }

  remove(): void {
    if (this.removed) return;
    this.removed = true;
    this.mutate(() => {
      for (let i = this.made.length - 1; i >= 0; i--) this.made[i]?.undo();
    });
    this.made.length = 0;
    this.highlights.length = 0;
  }

  /** Runs Backstory's own DOM changes through the `mutate` option, when given. */
  private mutate(change: () => void): void {
    if (this.options.mutate) this.options.mutate(change);
    else change();
  }
}

/** Annotates `blocks` with a new Annotator; aborting `signal` stops the pass and undoes what it had done. */
export async function annotateBlocks(
  blocks: readonly Element[], options: AnnotateOptions & { signal?: AbortSignal },
): Promise<Annotation> {
  const annotator = new Annotator(options);
  await annotator.annotate(blocks, options.signal);
  if (options.signal?.aborted) annotator.remove();
  return annotator;
}

/** True when the page changed a run's text nodes since they were read. */
function isStale(run: TextRun): boolean {
  const { nodes, lengths } = run;
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index] as Text;
    if (!node.isConnected || node.length !== lengths[index]) return true;
  }
  return false;
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
