import type { Entity } from '../knowledge/schema.ts';
import type { EntityDetails } from '../shared/messages.ts';

/** Answers `entity:get` from the full knowledge file, which only the background and extension pages hold. */
export function createEntityLookup(entities: readonly Entity[]): (id: string) => EntityDetails {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  return (id) => {
    const entity = byId.get(id);
    if (!entity) return null;
    const related = entity.related.flatMap((relatedId) => {
      const other = byId.get(relatedId);
      return other ? [{ id: other.id, name: other.name, type: other.type }] : [];
    });
    return { entity, related };
  };
}
