/** Searching the knowledge file by name, alias or native name, for the popup's search box. */
import type { Entity } from '../knowledge/schema.ts';

/** A search hit: the entity, and how well it matched (lower is better). */
export interface SearchHit {
  entity: Entity;
  rank: number;
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘]/g, "'").replace(/[‐-―-]/g, '-').trim();
}

/** The names an entity can be found by. */
function namesOf(entity: Entity): string[] {
  return [
    entity.name,
    ...entity.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text)),
    ...Object.values(entity.nativeNames ?? {}),
  ];
}

/**
 * Entities whose names match `query`: a name equal to it first, then names starting with it, then names with a
 * word starting with it, then names containing it; ties by name. At most `limit` hits.
 */
export function searchEntities(entities: readonly Entity[], query: string, limit = 12): SearchHit[] {
  const needle = fold(query);
  if (needle === '') return [];
  const hits: SearchHit[] = [];
  for (const entity of entities) {
    let best = Infinity;
    for (const name of namesOf(entity)) {
      const folded = fold(name);
      const at = folded.indexOf(needle);
      if (at < 0) continue;
      const rank = folded === needle ? 0 : at === 0 ? 1 : /[\s(/-]/.test(folded[at - 1] ?? '') ? 2 : 3;
      best = Math.min(best, rank + (name === entity.name ? 0 : 0.5));
    }
    if (best < Infinity) hits.push({ entity, rank: best });
  }
  return hits.sort((a, b) => a.rank - b.rank || a.entity.name.localeCompare(b.entity.name)).slice(0, limit);
}
