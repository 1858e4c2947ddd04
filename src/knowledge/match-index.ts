import type { MatchEntry } from '../match/types.ts';
import type { Entity } from './schema.ts';
import { namesOf } from './validate.ts';

/**
 * The part of the knowledge file that content scripts carry: ids, names, types and surface forms.
 * Summaries and facts stay in the background and are fetched when a card opens.
 */
export function toMatchIndex(entities: readonly Entity[]): MatchEntry[] {
  return entities.map((entity) => ({
    id: entity.id,
    name: entity.name,
    type: entity.type,
    patterns: [...new Set(namesOf(entity))],
  }));
}
