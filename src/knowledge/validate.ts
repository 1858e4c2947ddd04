import type { MatchPattern } from '../match/types.ts';
import { entitySchema, type Entity } from './schema.ts';

/** One knowledge data file as read from disk: its name (for messages) and its parsed JSON. */
export interface KnowledgeSource {
  file: string;
  data: unknown;
}

/** The outcome of validation: the entities that passed, and one line per problem. */
export interface KnowledgeReport {
  entities: Entity[];
  problems: string[];
}

/**
 * Validates knowledge data files against the schema and across entities (unique ids, related ids that exist,
 * no name claimed by two entities). Each problem is one line naming the file, the entity and the field.
 */
export function validateKnowledge(sources: readonly KnowledgeSource[]): KnowledgeReport {
  const problems: string[] = [];
  const entities: Entity[] = [];
  const where = new Map<string, string>();
  for (const { file, data } of sources) {
    if (!Array.isArray(data)) {
      problems.push(`${file}: must be a JSON array of entities`);
      continue;
    }
    data.forEach((raw: unknown, index) => {
      const label = entityLabel(file, raw, index);
      const parsed = entitySchema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(entity)';
          problems.push(`${label}: field ${field}: ${issue.message}`);
        }
        return;
      }
      const entity = parsed.data;
      const earlier = where.get(entity.id);
      if (earlier) {
        problems.push(`${label}: field id: duplicate of the entity in ${earlier}`);
        return;
      }
      where.set(entity.id, `${file} #${index + 1}`);
      entities.push(entity);
    });
  }
  problems.push(...crossCheck(entities));
  return { entities, problems };
}

function entityLabel(file: string, raw: unknown, index: number): string {
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? String(raw.id) : '?';
  return `${file}: entity "${id}" (#${index + 1})`;
}

function crossCheck(entities: readonly Entity[]): string[] {
  const problems: string[] = [];
  const ids = new Set(entities.map((entity) => entity.id));
  const owner = new Map<string, { id: string; shared: boolean }>();
  for (const entity of entities) {
    for (const related of entity.related) {
      if (!ids.has(related)) problems.push(`entity "${entity.id}": field related: unknown entity id "${related}"`);
      if (related === entity.id) problems.push(`entity "${entity.id}": field related: lists itself`);
    }
    for (const pattern of patternsOf(entity)) {
      const name = typeof pattern === 'string' ? pattern : pattern.text;
      const shared = typeof pattern !== 'string' && pattern.when === 'if-unambiguous';
      const claimedBy = owner.get(name);
      if (claimedBy && claimedBy.id !== entity.id && !(shared && claimedBy.shared)) {
        problems.push(`entity "${entity.id}": field aliases: "${name}" is already a name of "${claimedBy.id}"` +
          (shared || claimedBy.shared ? ' (both must mark it "when": "if-unambiguous")' : ''));
      } else if (!claimedBy) {
        owner.set(name, { id: entity.id, shared });
      }
    }
  }
  return problems;
}

/** Every surface form of an entity, with its condition where it has one: canonical name, aliases, native names. */
export function patternsOf(entity: Entity): MatchPattern[] {
  return [entity.name, ...entity.aliases, ...Object.values(entity.nativeNames ?? {})];
}
