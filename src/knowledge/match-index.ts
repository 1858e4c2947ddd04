import type { MatchEntry, MatchPattern } from '../match/types.ts';
import type { Entity } from './schema.ts';
import { patternsOf } from './validate.ts';

/**
 * The part of the knowledge file that content scripts carry: ids, names, types and surface forms.
 * Summaries and facts stay in the background and are fetched when a card opens.
 */
export function toMatchIndex(entities: readonly Entity[]): MatchEntry[] {
  return entities.map((entity) => ({
    id: entity.id,
    name: entity.name,
    type: entity.type,
    patterns: dedupe(patternsOf(entity)),
  }));
}

/** Drops repeated plain forms (a native name equal in two scripts, say); conditional forms are kept as given. */
function dedupe(patterns: MatchPattern[]): MatchPattern[] {
  const seen = new Set<string>();
  return patterns.filter((pattern) => typeof pattern !== 'string' || (!seen.has(pattern) && Boolean(seen.add(pattern))));
}
