/** Kinds of entity the knowledge file knows. */
export const entityTypes = [
  'person', 'organization', 'company', 'party', 'government-body',
  'product', 'law', 'concept', 'place', 'media',
] as const;
export type EntityType = (typeof entityTypes)[number];

/**
 * When an alias that could mislead counts as a mention:
 * - `after-full-name`: a short form ("Lai") counts only after the entity was named in full earlier in the article;
 * - `if-unambiguous`: an alias two entities share ("TPP") counts only when the article's other mentions settle
 *   which one it is;
 * - `needs-context`: a name that is also a common word ("Apple", "Line") counts at the start of a sentence only
 *   when the entity is mentioned elsewhere in the article (in lower case it never matches at all);
 * - `unqualified`: a generic official name that many countries use ("Ministry of National Defense") counts
 *   unless another country qualifies it ("China's Ministry of National Defense", "the US National Security Council").
 */
export type AliasCondition = 'after-full-name' | 'if-unambiguous' | 'needs-context' | 'unqualified';

/** A surface form: plain, or with the condition under which it counts. */
export type MatchPattern = string | { text: string; when: AliasCondition };

/** What the matcher needs to know of one entity: nothing a card shows beyond its name and type. */
export interface MatchEntry {
  id: string;
  name: string;
  type: EntityType;
  /** Every surface form that names this entity: canonical name, aliases, native names. */
  patterns: MatchPattern[];
}

/** One mention found in a text, in the text's own UTF-16 offsets (end exclusive). */
export interface Match {
  start: number;
  end: number;
  entityId: string;
  /** Set when the surface form carries a condition; the resolver (resolve.ts) decides if the match counts. */
  when?: AliasCondition;
  /** For an `if-unambiguous` form: every entity it may name (entityId is the first). */
  candidates?: string[];
  /** For a `needs-context` form: whether the match starts a sentence. */
  sentenceStart?: boolean;
  /** For an `unqualified` form: the word just before it ("China's" gives "China"), if any. */
  qualifier?: string;
}
