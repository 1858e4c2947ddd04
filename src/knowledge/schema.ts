import { z } from 'zod';
import { entityTypes } from '../match/types.ts';

/**
 * The knowledge file's schema. Every file in src/knowledge/data/ is a JSON array of entities in this shape;
 * docs/knowledge.md explains each field to editors.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD').refine(
  (value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
  'must be a real calendar date',
);
/** A role's start (and end) may be known only to the month or year. */
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be written YYYY, YYYY-MM or YYYY-MM-DD');
/** Whether partial date `a` is surely earlier than `b`, comparing only as far as both are known ("2024" vs "2024-05" is not). */
function startsBefore(a: string, b: string): boolean {
  const known = Math.min(a.length, b.length);
  return a.slice(0, known) < b.slice(0, known);
}
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });
const nonEmpty = z.string().trim().min(1, 'must not be empty');

export { entityTypes };

export const aliasConditions = ['after-full-name', 'if-unambiguous', 'needs-context', 'unqualified'] as const;

/**
 * An alias: a plain string, or `{ "text", "when" }` for a form that could mislead (see AliasCondition in
 * src/match/types.ts): a bare surname, an acronym two entities share, a name that is also a common word.
 */
export const aliasSchema = z.union([nonEmpty, z.strictObject({ text: nonEmpty, when: z.enum(aliasConditions) })]);

export const factSchema = z.strictObject({
  text: nonEmpty,
  source: httpUrl,
});

export const SUMMARY_MAX_WORDS = 60;

export const entitySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case kebab-case (a-z, 0-9, -)'),
  name: nonEmpty,
  type: z.enum(entityTypes),
  nativeNames: z.record(z.string().regex(/^[a-z]{2,3}(-[A-Za-z]{4})?(-[A-Z]{2})?$/, 'must be a language tag such as zh-Hant'), nonEmpty).optional(),
  aliases: z.array(aliasSchema),
  role: z.strictObject({ title: nonEmpty, since: partialDate, until: partialDate.optional() })
    .refine((role) => !role.until || !startsBefore(role.until, role.since), {
      error: 'must not be earlier than since',
      path: ['until'],
    })
    .optional(),
  summary: nonEmpty.refine(
    (text) => text.split(/\s+/).filter(Boolean).length <= SUMMARY_MAX_WORDS,
    `must be at most ${SUMMARY_MAX_WORDS} words`,
  ),
  facts: z.array(factSchema).min(2, 'needs at least 2 facts').max(5, 'takes at most 5 facts'),
  related: z.array(z.string()),
  lastReviewed: isoDate,
}).refine((entity) => entity.type !== 'person' || entity.role !== undefined, {
  error: 'a person needs a role with the date it began (since)',
  path: ['role'],
});

/** One entity of the knowledge file, as validated. */
export type Entity = z.infer<typeof entitySchema>;
/** One key fact and its source. */
export type Fact = z.infer<typeof factSchema>;
