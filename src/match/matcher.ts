import { isSpacedWordCode } from './characters.ts';
import { DROPPED, FOLDED_CODES, SPACE, foldCode, foldPattern } from './normalize.ts';
import type { AliasCondition, Match, MatchEntry } from './types.ts';

/**
 * A multi-pattern matcher (Aho–Corasick) over every name of every entity. Building it costs time linear in
 * the total length of the names; a search costs time linear in the text plus the matches found, whatever the
 * number of names. The automaton lives in flat typed arrays: a dense transition row for the root (where most
 * characters of prose land) and short edge lists for the other states, over a compressed alphabet of only the
 * characters that occur in names. Page text is folded on the fly (see normalize.ts), with no copy of it made.
 *
 * Rules it applies, so that callers get matches a reader would agree with:
 * - names are case-sensitive (acronyms stay exact: "AIT" is not "ait"), except that a name written in lower
 *   case ("military-civil fusion") also matches with a capital first letter, as at a sentence start;
 * - names in spaced scripts match whole words only ("AIT" never inside "WAIT"); names in Han, kana or Hangul
 *   match anywhere;
 * - overlapping candidates resolve to the leftmost, then the longest ("Taiwan Semiconductor Manufacturing Co"
 *   beats "Taiwan").
 * Conditional forms are reported with their condition; resolve.ts decides whether they count.
 */
export class Matcher {
  /** Alphabet index of each folded code that occurs in some name; 0 for the others. */
  private readonly alphabet = new Uint16Array(0x10000);
  private alphabetSize = 0;
  /**
   * Full DFA rows (failure transitions folded in) for the root and for states with many edges, such as the
   * states after a name's first letter: `denseBase[state]` is the row's offset in `denseNext`, or -1. A cell
   * holds its target state plus one, or 0 while not yet worked out (see `transition`).
   */
  private denseBase = new Int32Array(0);
  private denseNext = new Int32Array(0);
  /** The states given dense rows, in breadth-first order (shipped in the tables, so loading skips choosing them). */
  private denseStates = new Int32Array(0);
  /**
   * States are numbered breadth first, so a state's children have consecutive numbers: edge `e` always leads to
   * state `e + 1`, and only the edges' labels are stored. `edgeStart[state]` is the state's first edge.
   */
  private edgeStart = new Int32Array(0);
  private edgeLabel = new Uint16Array(0);
  private fail = new Int32Array(0);
  /** The pattern ending exactly at each state, or -1. */
  private patternAt = new Int32Array(0);
  /** For each state, the nearest state on its failure chain (itself excluded) that ends a pattern; 0 for none. */
  private outputLink = new Int32Array(0);
  /** Each pattern's length in folded characters. */
  private patternLength = new Uint16Array(0);
  /** Each pattern's condition code (index in aliasConditionCodes, plus 1) and boundary bits. */
  private patternFlags = new Uint8Array(0);
  /** Each pattern's entity (index in entityIds); for a form several entities share, the first of them. */
  private patternOwner = new Uint16Array(0);
  /** Every entity of each form several entities share (`if-unambiguous`), by pattern. */
  private sharedOwners = new Map<number, number[]>();
  private readonly entityIds: string[];
  private maxPatternLength = 1;

  /**
   * Compiles every pattern of every entry. A form that two entries both mark `if-unambiguous` names both;
   * otherwise a form claimed twice goes to the first entry (the knowledge check reports such clashes).
   * Given `tables` (what `toTables()` wrote, for the same entries in the same order), it loads them instead of
   * compiling: the build ships them, so a page pays for reading tables, not for building an automaton.
   */
  constructor(entries: readonly MatchEntry[] | readonly string[], tables?: Uint8Array) {
    this.entityIds = entries.map((entry) => (typeof entry === 'string' ? entry : entry.id));
    if (tables) {
      this.load(tables);
      return;
    }
    const byText = new Map<string, number>();
    const drafts: PatternDraft[] = [];
    const trie: Array<Map<number, number>> = [new Map<number, number>()];
    const ends: number[] = [-1];
    (entries as readonly MatchEntry[]).forEach((entry, entityIndex) => {
      if (typeof entry === 'string') throw new TypeError('compiling needs the entries’ patterns, not only their ids');
      for (const pattern of entry.patterns) {
        const raw = typeof pattern === 'string' ? pattern : pattern.text;
        const when = typeof pattern === 'string' ? undefined : pattern.when;
        for (const variant of caseVariants(foldPattern(raw))) {
          if (variant.length === 0) continue;
          const existing = byText.get(variant);
          if (existing !== undefined) {
            const draft = drafts[existing];
            const shared = when === 'if-unambiguous' && draft?.when === 'if-unambiguous';
            if (shared && !draft.owners.includes(entityIndex)) draft.owners.push(entityIndex);
            continue;
          }
          byText.set(variant, drafts.length);
          drafts.push(this.addPattern(variant, entityIndex, when, trie, ends, drafts.length));
        }
      }
    });
    this.setPatterns(drafts);
    this.compile(trie, ends);
    this.fillLetters(this.alphabetCodes());
  }

  /** Number of distinct folded patterns compiled (case variants included). */
  get patternCount(): number {
    return this.patternLength.length;
  }

  /** Every non-overlapping mention in `text`, in order, in `text`'s own offsets. */
  findMatches(text: string): Match[] {
    const found = this.scan(text);
    const count = found.pattern.length;
    // Most runs of prose hold no candidate at all: nothing to order.
    if (count === 0) return [];
    const order: number[] = [];
    for (let index = 0; index < count; index++) order.push(index);
    // Candidates arrive ordered by end; the pick needs leftmost first, then longest.
    if (count > 1) order.sort((a, b) => (found.start[a] ?? 0) - (found.start[b] ?? 0) || (found.end[b] ?? 0) - (found.end[a] ?? 0));
    const matches: Match[] = [];
    let lastEnd = 0;
    for (const index of order) {
      const start = found.start[index] ?? 0;
      if (start < lastEnd) continue;
      const end = found.end[index] ?? 0;
      lastEnd = end;
      matches.push(this.withContext(this.toMatch(start, end, found.pattern[index] ?? 0, found.sentenceStart[index] ?? false), text));
    }
    return matches;
  }

  private toMatch(start: number, end: number, pattern: number, sentenceStart: boolean): Match {
    const owner = this.patternOwner[pattern] ?? 0;
    const match: Match = { start, end, entityId: this.entityIds[owner] ?? '' };
    const when = conditionOf(this.patternFlags[pattern] ?? 0);
    if (when) match.when = when;
    if (when === 'if-unambiguous') match.candidates = (this.sharedOwners.get(pattern) ?? [owner]).map((index) => this.entityIds[index] ?? '');
    if (when === 'needs-context') match.sentenceStart = sentenceStart;
    return match;
  }

  /** Adds what a condition needs from the text around a match (the word before an `unqualified` form). */
  private withContext(match: Match, text: string): Match {
    if (match.when === 'unqualified') match.qualifier = wordBefore(text, match.start);
    return match;
  }

  /**
   * All boundary-respecting candidates, in original offsets, in order of their end. Two steps: the automaton's
   * pass over the text records each pattern it sees end, and a second loop checks those few for word
   * boundaries. Kept apart, the pass over every character stays a small function that engines compile to fast
   * code early: with the boundary checks (and the folding they use) inlined, Chromium's optimizing compiler
   * took 30–40 ms of background time over it, while the page's first long text ran in slower code.
   */
  private scan(text: string): { start: number[]; end: number[]; pattern: number[]; sentenceStart: boolean[] } {
    const hitEnds = this.hitEnds;
    const hitPatterns = this.hitPatterns;
    hitEnds.length = 0;
    hitPatterns.length = 0;
    this.pass(text, hitEnds, hitPatterns);
    return this.checkBoundaries(text, hitEnds, hitPatterns);
  }

  /** Scratch lists of the patterns the automaton saw end (`pass`), and where: reused from one text to the next. */
  private readonly hitEnds: number[] = [];
  private readonly hitPatterns: number[] = [];

  /** The automaton over `text`: every pattern ending at each offset, in order, boundaries not yet checked. */
  private pass(text: string, hitEnds: number[], hitPatterns: number[]): void {
    const letters = this.letters;
    const { denseBase, denseNext, edgeStart, edgeLabel, fail, patternAt, outputLink } = this;
    let state = 0;
    let inSpace = false;
    // Typed-array reads below are in bounds by construction; `as number` spares the hot loop undefined checks.
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (state === 0 && ASCII_WORD[code] === 1 && i > 0 && ASCII_WORD[text.charCodeAt(i - 1)] === 1) {
        // Inside a word, at the root: every name starting here would fail its left boundary (a name starting with
        // a letter or digit needs one), so the rest of the word is skipped unread. This changes nothing in what
        // is found; in prose, most letters of most words are passed over this way.
        while (i + 1 < text.length && ASCII_WORD[text.charCodeAt(i + 1)] === 1) i++;
        inSpace = false;
        continue;
      }
      let letter = letters[code] as number;
      if (letter >= NO_LETTER) {
        if (letter === NO_LETTER) {
          state = 0; // a character no name contains
          inSpace = false;
          continue;
        }
        if (letter === DROPPED_LETTER || inSpace) continue;
        inSpace = true;
        letter = this.spaceLetter;
        if (letter === NO_LETTER) {
          state = 0;
          continue;
        }
      } else {
        inSpace = false;
      }
      for (;;) {
        const base = denseBase[state] as number;
        if (base >= 0) {
          const cell = denseNext[base + letter] as number;
          state = cell !== 0 ? cell - 1 : this.transition(state, letter);
          break;
        }
        let next = -1;
        for (let edge = edgeStart[state] as number, last = edgeStart[state + 1] as number; edge < last; edge++) {
          if (edgeLabel[edge] === letter) {
            next = edge + 1;
            break;
          }
        }
        if (next >= 0) {
          state = next;
          break;
        }
        state = fail[state] as number;
      }
      for (let hit = (patternAt[state] as number) >= 0 ? state : (outputLink[state] as number); hit !== 0; hit = outputLink[hit] as number) {
        hitEnds.push(i);
        hitPatterns.push(patternAt[hit] as number);
      }
    }
  }

  /** The hits that respect their pattern's word boundaries, with their start offsets and sentence starts. */
  private checkBoundaries(
    text: string, hitEnds: readonly number[], hitPatterns: readonly number[],
  ): { start: number[]; end: number[]; pattern: number[]; sentenceStart: boolean[] } {
    const { patternFlags, patternLength } = this;
    const found = { start: [] as number[], end: [] as number[], pattern: [] as number[], sentenceStart: [] as boolean[] };
    for (let hit = 0; hit < hitEnds.length; hit++) {
      const i = hitEnds[hit] as number;
      const pattern = hitPatterns[hit] as number;
      const flags = patternFlags[pattern] as number;
      // The right boundary first: it needs no walk back to the start, and it is what rejects a short name at
      // the start of a longer word ("Ma" in "Many").
      if ((flags & RIGHT_BOUNDARY) !== 0 && nextIsWord(text, i + 1)) continue;
      const start = startOffset(text, i, patternLength[pattern] as number);
      if ((flags & LEFT_BOUNDARY) !== 0 && isSpacedWordCode(previousCode(text, start))) continue;
      found.start.push(start);
      found.end.push(i + 1);
      found.pattern.push(pattern);
      found.sentenceStart.push((flags & CONDITION_MASK) === NEEDS_CONTEXT && startsSentence(text, start));
    }
    return found;
  }

  /**
   * The alphabet letter of each raw UTF-16 code unit, folding included, so the hot loop reads one table and
   * nothing else. Filled in full when the automaton is built or loaded: NO_LETTER everywhere (natively), then the
   * alphabet's own codes and the few dozen that fold to something else.
   */
  private readonly letters = new Uint16Array(0x10000);
  private spaceLetter = NO_LETTER;

  /** Fills `letters` from the alphabet, whose codes are `codes` (letter `n` is `codes[n - 1]`). */
  private fillLetters(codes: ArrayLike<number>): void {
    const letters = this.letters;
    letters.fill(NO_LETTER);
    for (let index = 0; index < codes.length; index++) letters[codes[index] as number] = index + 1;
    for (const code of FOLDED_CODES) {
      const folded = foldCode(code);
      letters[code] = folded === DROPPED ? DROPPED_LETTER : folded === SPACE ? WHITESPACE_LETTER : this.alphabet[folded] || NO_LETTER;
    }
    this.spaceLetter = this.alphabet[SPACE] || NO_LETTER;
  }

  private addPattern(
    pattern: string, entityIndex: number, when: AliasCondition | undefined,
    trie: Array<Map<number, number>>, ends: number[], id: number,
  ): PatternDraft {
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let letter = this.alphabet[code] ?? 0;
      if (letter === 0) {
        letter = ++this.alphabetSize;
        this.alphabet[code] = letter;
      }
      const edges = trie[node] as Map<number, number>;
      let next = edges.get(letter);
      if (next === undefined) {
        next = trie.length;
        trie.push(new Map<number, number>());
        ends.push(-1);
        edges.set(letter, next);
      }
      node = next;
    }
    ends[node] = id;
    this.maxPatternLength = Math.max(this.maxPatternLength, pattern.length);
    return {
      length: pattern.length,
      owners: [entityIndex],
      when,
      left: isSpacedWordCode(pattern.charCodeAt(0)),
      right: isSpacedWordCode(pattern.charCodeAt(pattern.length - 1)),
    };
  }

  /** The compiled patterns' typed tables, from their drafts. */
  private setPatterns(drafts: readonly PatternDraft[]): void {
    const count = drafts.length;
    this.patternLength = new Uint16Array(count);
    this.patternFlags = new Uint8Array(count);
    this.patternOwner = new Uint16Array(count);
    drafts.forEach((draft, pattern) => {
      this.patternLength[pattern] = draft.length;
      this.patternFlags[pattern] = (draft.when ? aliasConditionCodes.indexOf(draft.when) + 1 : 0)
        | (draft.left ? LEFT_BOUNDARY : 0) | (draft.right ? RIGHT_BOUNDARY : 0);
      this.patternOwner[pattern] = draft.owners[0] ?? 0;
      if (draft.owners.length > 1) this.sharedOwners.set(pattern, draft.owners);
    });
  }

  /** Flattens the trie into typed arrays, numbering states breadth first, and sets failure and output links. */
  private compile(trie: Array<Map<number, number>>, ends: number[]): void {
    const count = trie.length;
    // Breadth-first numbering: the root is 0 and each state's children get the next free numbers, in order.
    const oldOf = new Int32Array(count);
    this.edgeStart = new Int32Array(count + 1);
    this.edgeLabel = new Uint16Array(Math.max(0, count - 1));
    let tail = 1;
    for (let head = 0; head < count; head++) {
      this.edgeStart[head] = tail - 1;
      // forEach, not for-of: no iterator or entry array per edge, which counts while this code is still cold.
      (trie[oldOf[head] ?? 0] as Map<number, number>).forEach((child, letter) => {
        this.edgeLabel[tail - 1] = letter;
        oldOf[tail++] = child;
      });
    }
    this.edgeStart[count] = count - 1;
    this.patternAt = new Int32Array(count);
    for (let state = 0; state < count; state++) this.patternAt[state] = ends[oldOf[state] ?? 0] ?? -1;
    this.linkFailures();
  }

  /**
   * Failure links, output links and dense rows from the breadth-first edge tables (states in number order are
   * in breadth-first order, so every state's failure state is settled before it).
   */
  private linkFailures(): void {
    const count = this.edgeStart.length - 1;
    this.fail = new Int32Array(count);
    const rootRow = new Int32Array(this.alphabetSize + 1);
    for (let edge = this.edgeStart[0] ?? 0, last = this.edgeStart[1] ?? 0; edge < last; edge++) {
      rootRow[this.edgeLabel[edge] ?? 0] = edge + 1;
    }
    for (let node = 1; node < count; node++) {
      for (let edge = this.edgeStart[node] ?? 0, last = this.edgeStart[node + 1] ?? 0; edge < last; edge++) {
        const letter = this.edgeLabel[edge] ?? 0;
        let fallback = this.fail[node] ?? 0;
        let target = fallback === 0 ? (rootRow[letter] ?? 0) || -1 : this.edge(fallback, letter);
        while (target < 0 && fallback !== 0) {
          fallback = this.fail[fallback] ?? 0;
          target = fallback === 0 ? (rootRow[letter] ?? 0) || -1 : this.edge(fallback, letter);
        }
        this.fail[edge + 1] = Math.max(target, 0);
      }
    }
    this.linkOutputs();
  }

  /** Output links and dense rows, from the failure links. */
  private linkOutputs(): void {
    const count = this.fail.length;
    this.outputLink = new Int32Array(count);
    const depth = new Uint16Array(count);
    for (let node = 0; node < count; node++) {
      for (let edge = this.edgeStart[node] ?? 0, last = this.edgeStart[node + 1] ?? 0; edge < last; edge++) {
        const child = edge + 1;
        const failure = this.fail[child] ?? 0;
        this.outputLink[child] = (this.patternAt[failure] ?? -1) >= 0 ? failure : (this.outputLink[failure] ?? 0);
        depth[child] = (depth[node] ?? 0) + 1;
      }
    }
    this.buildDenseRows(depth);
  }

  /** The alphabet's code units, by letter: letter `n` is element `n - 1`. */
  private alphabetCodes(): Uint16Array {
    const codes = new Uint16Array(this.alphabetSize);
    for (let code = 0; code < 0x10000; code++) {
      const letter = this.alphabet[code] ?? 0;
      if (letter > 0) codes[letter - 1] = code;
    }
    return codes;
  }

  /**
   * The automaton as bytes, for the build to ship (`new Matcher(ids, tables)` reads them back): the alphabet,
   * the edge labels and offsets, the failure and output links, the states that get dense rows, and each
   * pattern's state, length, flags and owners. The dense rows are not shipped: a loaded matcher works their
   * cells out as the text first takes them.
   */
  toTables(): Uint8Array {
    const states = this.edgeStart.length - 1;
    const patterns = this.patternLength.length;
    const shared = [...this.sharedOwners].flatMap(([pattern, owners]) => owners.slice(1).map((owner) => [pattern, owner] as const));
    const codes = this.alphabetCodes();
    const patternState = new Int32Array(patterns);
    for (let state = 0; state < states; state++) {
      const pattern = this.patternAt[state] ?? -1;
      if (pattern >= 0) patternState[pattern] = state;
    }
    // Failure and output links fit in 16 bits for up to 65,536 states (the real knowledge file has about 17,000).
    const narrow = states <= 0x10000;
    const sections: ArrayBufferView[] = [
      Int32Array.of(
        TABLES_VERSION, states, this.alphabetSize, patterns, shared.length, this.maxPatternLength, narrow ? 2 : 4,
        this.denseStates.length,
      ),
      codes, this.edgeLabel, this.edgeStart, narrow ? Uint16Array.from(this.fail) : this.fail,
      narrow ? Uint16Array.from(this.outputLink) : this.outputLink, this.denseStates,
      patternState, this.patternLength, this.patternFlags, this.patternOwner,
      Uint16Array.from(shared.flat()),
    ];
    const size = sections.reduce((total, section) => total + align4(section.byteLength), 0);
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const section of sections) {
      bytes.set(new Uint8Array(section.buffer, section.byteOffset, section.byteLength), offset);
      offset += align4(section.byteLength);
    }
    return bytes;
  }

  /** Reads what `toTables()` wrote. */
  private load(bytes: Uint8Array): void {
    const buffer = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
    let offset = buffer.byteOffset;
    // The build's tables are never shared memory.
    const source = buffer.buffer as ArrayBuffer;
    const take = <T>(make: (buffer: ArrayBuffer, offset: number, length: number) => T, length: number, bytesPer: number): T => {
      const view = make(source, offset, length);
      offset += align4(length * bytesPer);
      return view;
    };
    const version = new Int32Array(source, offset, 1)[0];
    if (version !== TABLES_VERSION) throw new Error(`matcher tables of version ${version ?? 'none'}, expected ${TABLES_VERSION}`);
    const header = take((b, o, n) => new Int32Array(b, o, n), 8, 4);
    const [, states = 0, alphabetSize = 0, patterns = 0, sharedCount = 0, maxLength = 1, linkWidth = 4, denseCount = 0] = header;
    // Links fit in 16 bits for up to 65,536 states: widened once here (natively), so the hot loop reads one type.
    const links = (): Int32Array<ArrayBuffer> => (linkWidth === 2
      ? new Int32Array(take((b, o, n) => new Uint16Array(b, o, n), states, 2))
      : take((b, o, n) => new Int32Array(b, o, n), states, 4));
    const codes = take((b, o, n) => new Uint16Array(b, o, n), alphabetSize, 2);
    this.edgeLabel = take((b, o, n) => new Uint16Array(b, o, n), Math.max(0, states - 1), 2);
    this.edgeStart = take((b, o, n) => new Int32Array(b, o, n), states + 1, 4);
    this.fail = links();
    this.outputLink = links();
    this.denseStates = take((b, o, n) => new Int32Array(b, o, n), denseCount, 4);
    const patternState = take((b, o, n) => new Int32Array(b, o, n), patterns, 4);
    this.patternLength = take((b, o, n) => new Uint16Array(b, o, n), patterns, 2);
    this.patternFlags = take((b, o, n) => new Uint8Array(b, o, n), patterns, 1);
    this.patternOwner = take((b, o, n) => new Uint16Array(b, o, n), patterns, 2);
    const shared = take((b, o, n) => new Uint16Array(b, o, n), sharedCount * 2, 2);
    this.alphabetSize = alphabetSize;
    for (let letter = 1; letter <= alphabetSize; letter++) this.alphabet[codes[letter - 1] ?? 0] = letter;
    this.maxPatternLength = maxLength;
    this.patternAt = new Int32Array(states).fill(-1);
    for (let pattern = 0; pattern < patterns; pattern++) this.patternAt[patternState[pattern] ?? 0] = pattern;
    for (let pair = 0; pair < sharedCount; pair++) {
      const pattern = shared[2 * pair] ?? 0;
      let owners = this.sharedOwners.get(pattern);
      if (!owners) this.sharedOwners.set(pattern, (owners = [this.patternOwner[pattern] ?? 0]));
      owners.push(shared[2 * pair + 1] ?? 0);
    }
    this.setUpDenseRows();
    this.fillLetters(codes);
  }

  /** The target of `state`'s own edge on `letter`, or -1. */
  private edge(state: number, letter: number): number {
    for (let edge = this.edgeStart[state] ?? 0, last = this.edgeStart[state + 1] ?? 0; edge < last; edge++) {
      if (this.edgeLabel[edge] === letter) return edge + 1;
    }
    return -1;
  }

  /**
   * Gives shallow states and states with many edges a full transition row, failures resolved in advance. In
   * prose the automaton spends most of its time near the root, so this turns most steps into one array read,
   * for a memory cost bounded by the number of shallow states.
   */
  private buildDenseRows(depth: Uint16Array): void {
    const width = this.alphabetSize + 1;
    const count = depth.length;
    // Shallowest first, within a memory budget: the alphabet grows with every Han character in a native name.
    const maxRows = Math.max(1, Math.floor(DENSE_CELL_BUDGET / width));
    const dense: number[] = [];
    for (let node = 0; node < count && dense.length < maxRows; node++) {
      if ((depth[node] ?? 0) <= DENSE_MAX_DEPTH || (this.edgeStart[node + 1] ?? 0) - (this.edgeStart[node] ?? 0) >= DENSE_MIN_EDGES) dense.push(node);
    }
    this.denseStates = Int32Array.from(dense);
    this.setUpDenseRows();
  }

  /**
   * Sets up the dense rows of `denseStates` with every cell unknown (0, as a new typed array comes): a cell is
   * worked out the first time the text takes it (`transition`) and kept. Loading then writes none of the
   * 130,000 cells, most of which a page never uses.
   */
  private setUpDenseRows(): void {
    const width = this.alphabetSize + 1;
    const dense = this.denseStates;
    this.denseBase = new Int32Array(this.fail.length).fill(-1);
    this.denseNext = new Int32Array(dense.length * width);
    for (let row = 0; row < dense.length; row++) this.denseBase[dense[row] as number] = row * width;
  }

  /**
   * The automaton's transition from `state` on `letter`, failures followed: the state's own edge, else its
   * failure state's transition. Cells of dense rows it passes are filled on the way.
   */
  private transition(state: number, letter: number): number {
    const base = this.denseBase[state] ?? -1;
    if (base >= 0) {
      const cell = this.denseNext[base + letter] ?? 0;
      if (cell !== 0) return cell - 1;
    }
    const own = this.edge(state, letter);
    const next = own >= 0 ? own : state === 0 ? 0 : this.transition(this.fail[state] ?? 0, letter);
    if (base >= 0) this.denseNext[base + letter] = next + 1;
    return next;
  }
}

/** Format of `toTables()`: bump it whenever the layout changes. */
const TABLES_VERSION = 5;
const aliasConditionCodes: readonly AliasCondition[] = ['after-full-name', 'if-unambiguous', 'needs-context', 'unqualified'];
const CONDITION_MASK = 0b111;
const NEEDS_CONTEXT = aliasConditionCodes.indexOf('needs-context') + 1;
const LEFT_BOUNDARY = 0b1000;
const RIGHT_BOUNDARY = 0b10000;

/** The condition a pattern's flags carry, if any. */
function conditionOf(flags: number): AliasCondition | undefined {
  return aliasConditionCodes[(flags & CONDITION_MASK) - 1];
}

/** A pattern while the automaton is being compiled. */
interface PatternDraft {
  length: number;
  /** Entity indexes: the first claimant, then any entity sharing the form as `if-unambiguous`. */
  owners: number[];
  when: AliasCondition | undefined;
  /** Whether a match needs a word boundary before it, and after it. */
  left: boolean;
  right: boolean;
}

function align4(bytes: number): number {
  return (bytes + 3) & ~3;
}

/** States with at least this many edges get a dense row: scanning their edge list would cost more. */
const DENSE_MIN_EDGES = 6;
/** States this close to the root get a dense row whatever their edges. */
const DENSE_MAX_DEPTH = 3;
/** At most this many dense-row cells (4 bytes each): 512 KiB. */
const DENSE_CELL_BUDGET = 1 << 17;

/**
 * 1 for the ASCII letters and digits (the characters that make a word in a spaced script), 0 for every other code
 * unit. It spans all 65,536 code units so that the hot loop's reads never fall outside it.
 */
const ASCII_WORD = new Uint8Array(0x10000);
for (let code = 0; code < 0x80; code++) ASCII_WORD[code] = isSpacedWordCode(code) ? 1 : 0;

/** Letter-table values above the alphabet: in no name, whitespace, dropped by folding. */
const NO_LETTER = 0xfffd;
const WHITESPACE_LETTER = 0xfffe;
const DROPPED_LETTER = 0xffff;

/** True when the first folded character at or after `from` is a letter or digit of a spaced script. */
function nextIsWord(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const code = foldCode(text.charCodeAt(i));
    if (code !== DROPPED) return isSpacedWordCode(code);
  }
  return false;
}

/** The folded character before offset `at`, or SPACE at the text's start. */
function previousCode(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    const code = foldCode(text.charCodeAt(i));
    if (code !== DROPPED) return code;
  }
  return SPACE;
}

/**
 * The original offset where a match of `length` folded characters ending at `last` (inclusive) starts: walks
 * back, counting a whitespace run as one character and dropped characters as none, as folding does.
 */
function startOffset(text: string, last: number, length: number): number {
  let remaining = length;
  let i = last;
  for (; i > 0; i--) {
    const code = foldCode(text.charCodeAt(i));
    if (code === DROPPED) continue;
    if (code === SPACE) {
      // A folded space stands for the whole run; its offset is the run's first character.
      while (i > 0 && (foldCode(text.charCodeAt(i - 1)) === SPACE || foldCode(text.charCodeAt(i - 1)) === DROPPED)) i--;
    }
    if (--remaining === 0) return i;
  }
  return i;
}

/** The word before offset `at` (past spaces and a "the"), without a possessive: "China’s " gives "China". */
function wordBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 40), at);
  const words = before.match(/[\p{L}\p{N}.’'-]+(?=[\s\u00a0]*$)/u);
  let word = words?.[0] ?? '';
  if (/^the$/i.test(word)) return wordBefore(text, at - before.length + before.lastIndexOf(word));
  word = word.replace(/[’']s?$/u, '');
  return word;
}

const OPENERS = new Set([SPACE, 0x22, 0x27, 0x28, 0x5b]); // space " ' ( [
const SENTENCE_ENDS = new Set([0x2e, 0x21, 0x3f, 0x3a, 0x3b]); // . ! ? : ;

/** True when the text before offset `start` is empty or ends a sentence, past spaces, quotes and brackets. */
function startsSentence(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const code = foldCode(text.charCodeAt(i));
    if (code === DROPPED || OPENERS.has(code)) continue;
    return SENTENCE_ENDS.has(code);
  }
  return true;
}

/** A lower-case name also matches with a capital first letter (sentence starts); other names match as written. */
function caseVariants(pattern: string): string[] {
  const first = pattern.charAt(0);
  const upper = first.toUpperCase();
  return first !== upper && first === first.toLowerCase() ? [pattern, upper + pattern.slice(1)] : [pattern];
}
