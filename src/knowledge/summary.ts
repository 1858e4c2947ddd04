import type { Entity } from './schema.ts';

/** The one-line census of a valid knowledge file: `N entities, M aliases, F facts, S distinct sources`. */
export function summarizeKnowledge(entities: readonly Entity[]): string {
  const aliases = entities.reduce((sum, entity) => sum + entity.aliases.length, 0);
  const facts = entities.reduce((sum, entity) => sum + entity.facts.length, 0);
  const sources = new Set(entities.flatMap((entity) => entity.facts.map((fact) => fact.source))).size;
  return `${entities.length} entities, ${aliases} aliases, ${facts} facts, ${sources} distinct sources`;
}
