import type { Match } from './types.ts';

/** Which mentions of an entity get a highlight. */
export type MentionMode = 'first' | 'every';

/**
 * Keeps the matches to highlight. With 'first', only an entity's first mention in the article is kept;
 * `seen` carries the entities already highlighted across successive blocks of one article and is updated.
 */
export function selectMentions(matches: readonly Match[], mode: MentionMode, seen: Set<string>): Match[] {
  if (mode === 'every') return [...matches];
  const kept: Match[] = [];
  for (const match of matches) {
    if (seen.has(match.entityId)) continue;
    seen.add(match.entityId);
    kept.push(match);
  }
  return kept;
}
