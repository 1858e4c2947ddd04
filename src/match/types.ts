/** Kinds of entity the knowledge file knows. */
export type EntityType =
  | 'person'
  | 'organization'
  | 'company'
  | 'party'
  | 'government-body'
  | 'product'
  | 'law'
  | 'concept'
  | 'place'
  | 'media';

/** What the matcher needs to know of one entity: nothing a card shows beyond its name and type. */
export interface MatchEntry {
  id: string;
  name: string;
  type: EntityType;
  /** Every surface form that names this entity: canonical name, aliases, native names. */
  patterns: string[];
}

/** One mention found in a text, in the text's own UTF-16 offsets (end exclusive). */
export interface Match {
  start: number;
  end: number;
  entityId: string;
}
