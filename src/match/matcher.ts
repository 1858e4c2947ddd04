import { isSpacedWordCode } from './characters.ts';
import { foldPattern, foldText } from './normalize.ts';
import type { Match, MatchEntry } from './types.ts';

/**
 * A multi-pattern matcher (Aho–Corasick) over every name of every entity. Building it costs time linear in
 * the total length of the names; a search costs time linear in the text plus the matches found, whatever the
 * number of names.
 *
 * Rules it applies, so that callers get matches a reader would agree with:
 * - page text and names are folded alike (quotes, dashes, whitespace: see normalize.ts);
 * - names are case-sensitive (acronyms stay exact: "AIT" is not "ait"), except that a name written in lower
 *   case ("military-civil fusion") also matches with a capital first letter, as at a sentence start;
 * - names in spaced scripts match whole words only ("AIT" never inside "WAIT"); names in Han, kana or Hangul
 *   match anywhere;
 * - overlapping candidates resolve to the leftmost, then the longest ("Taiwan Semiconductor Manufacturing Co"
 *   beats "Taiwan").
 */
export class Matcher {
  private readonly transitions: Array<Map<number, number>> = [new Map<number, number>()];
  private fail = new Int32Array(0);
  /** For each node, the nearest node on its failure chain (itself excluded) that ends a pattern; 0 for none. */
  private outputLink = new Int32Array(0);
  /** Pattern ids that end exactly at each node. */
  private readonly endsHere: Array<number[] | undefined> = [undefined];
  private readonly patternLength: number[] = [];
  private readonly patternEntity: number[] = [];
  private readonly patternNeedsLeftBoundary: boolean[] = [];
  private readonly patternNeedsRightBoundary: boolean[] = [];
  private readonly entityIds: string[];

  /** Compiles every pattern of every entry. A name claimed by two entries goes to the first. */
  constructor(entries: readonly MatchEntry[]) {
    this.entityIds = entries.map((entry) => entry.id);
    const seen = new Set<string>();
    entries.forEach((entry, entityIndex) => {
      for (const raw of entry.patterns) {
        for (const variant of caseVariants(foldPattern(raw))) {
          if (variant.length === 0 || seen.has(variant)) continue;
          seen.add(variant);
          this.addPattern(variant, entityIndex);
        }
      }
    });
    this.link();
  }

  /** Number of distinct folded patterns compiled (case variants included). */
  get patternCount(): number {
    return this.patternLength.length;
  }

  /** Every non-overlapping mention in `text`, in order, in `text`'s own offsets. */
  findMatches(text: string): Match[] {
    const folded = foldText(text);
    const source = folded.sourceOffsets;
    const candidates = this.scan(folded.text);
    const matches: Match[] = [];
    let lastEnd = 0;
    for (const candidate of candidates) {
      if (candidate.start < lastEnd) continue;
      lastEnd = candidate.end;
      matches.push({
        start: source[candidate.start] ?? 0,
        end: (source[candidate.end - 1] ?? 0) + 1,
        entityId: this.entityIds[candidate.entity] ?? '',
      });
    }
    return matches;
  }

  /** All boundary-respecting candidates in folded offsets, sorted leftmost first, longest first. */
  private scan(text: string): Array<{ start: number; end: number; entity: number }> {
    const candidates: Array<{ start: number; end: number; entity: number }> = [];
    const { transitions, fail, outputLink, endsHere } = this;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let next = transitions[node]?.get(code);
      while (next === undefined && node !== 0) {
        node = fail[node] ?? 0;
        next = transitions[node]?.get(code);
      }
      node = next ?? 0;
      for (let hit = endsHere[node] ? node : (outputLink[node] ?? 0); hit !== 0; hit = outputLink[hit] ?? 0) {
        for (const pattern of endsHere[hit] ?? []) {
          const end = i + 1;
          const start = end - (this.patternLength[pattern] ?? 0);
          if (this.patternNeedsLeftBoundary[pattern] && start > 0 && isSpacedWordCode(text.charCodeAt(start - 1))) continue;
          if (this.patternNeedsRightBoundary[pattern] && end < text.length && isSpacedWordCode(text.charCodeAt(end))) continue;
          candidates.push({ start, end, entity: this.patternEntity[pattern] ?? 0 });
        }
      }
    }
    // Candidates arrive ordered by end; reorder for the leftmost-longest pick.
    candidates.sort((a, b) => a.start - b.start || b.end - a.end);
    return candidates;
  }

  private addPattern(pattern: string, entityIndex: number): void {
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      const edges = this.transitions[node] as Map<number, number>;
      let next = edges.get(code);
      if (next === undefined) {
        next = this.transitions.length;
        this.transitions.push(new Map());
        this.endsHere.push(undefined);
        edges.set(code, next);
      }
      node = next;
    }
    const id = this.patternLength.length;
    this.patternLength.push(pattern.length);
    this.patternEntity.push(entityIndex);
    this.patternNeedsLeftBoundary.push(isSpacedWordCode(pattern.charCodeAt(0)));
    this.patternNeedsRightBoundary.push(isSpacedWordCode(pattern.charCodeAt(pattern.length - 1)));
    (this.endsHere[node] ??= []).push(id);
  }

  /** Breadth-first pass that sets failure and output links. */
  private link(): void {
    const count = this.transitions.length;
    this.fail = new Int32Array(count);
    this.outputLink = new Int32Array(count);
    const queue: number[] = [];
    for (const child of (this.transitions[0] as Map<number, number>).values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head] as number;
      for (const [code, child] of this.transitions[node] as Map<number, number>) {
        let fallback = this.fail[node] ?? 0;
        let target = this.transitions[fallback]?.get(code);
        while (target === undefined && fallback !== 0) {
          fallback = this.fail[fallback] ?? 0;
          target = this.transitions[fallback]?.get(code);
        }
        const failure = target === undefined || target === child ? 0 : target;
        this.fail[child] = failure;
        this.outputLink[child] = this.endsHere[failure] ? failure : (this.outputLink[failure] ?? 0);
        queue.push(child);
      }
    }
  }
}

/** A lower-case name also matches with a capital first letter (sentence starts); other names match as written. */
function caseVariants(pattern: string): string[] {
  const first = pattern.charAt(0);
  const upper = first.toUpperCase();
  return first !== upper && first === first.toLowerCase() ? [pattern, upper + pattern.slice(1)] : [pattern];
}
