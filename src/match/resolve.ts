import type { Match } from './types.ts';

/**
 * Words that, just before a generic official name, make it another country's: "China's Ministry of National
 * Defense", "the US National Security Council", "Japanese Ministry of Foreign Affairs". Possessives are
 * stripped before lookup. Taiwan's own qualifiers are absent on purpose.
 */
const FOREIGN_QUALIFIERS = new Set(
  ('China Chinese PRC Beijing US U.S. USA American America Washington Japan Japanese Tokyo Korea Korean South North ' +
    'Philippine Philippines Manila Russia Russian Moscow India Indian Australia Australian Canberra Britain British UK ' +
    'France French Germany German EU European Ukraine Ukrainian Vietnam Vietnamese Thailand Thai Indonesia ' +
    'Indonesian Singapore Singaporean Malaysia Malaysian Israel Israeli Iran Iranian Canada Canadian Mongolia').split(' '),
);

/**
 * Decides which conditional matches count, from what the article says elsewhere; see AliasCondition in
 * types.ts. It keeps state across calls, so content that arrives later (lazy paragraphs) is judged with what
 * came before. Prefers no highlight to a wrong one.
 */
export class MentionResolver {
  /** Entities named by an unconditional form so far, in document order. */
  private readonly namedInFull = new Set<string>();
  /** Entities with an unconditional mention anywhere in the content seen. */
  private readonly supported = new Set<string>();

  /**
   * Resolves the matches of newly read content: one array per run of text, in document order. Returns the
   * same shape with only the matches that count, each with its settled entity id.
   */
  resolve(runs: readonly (readonly Match[])[]): Match[][] {
    for (const matches of runs) {
      for (const match of matches) {
        if (!match.when || (match.when === 'needs-context' && !match.sentenceStart)) this.supported.add(match.entityId);
      }
    }
    // Plain loops: a long article has thousands of runs, most with no match, and this runs while code is cold.
    const resolved: Match[][] = [];
    for (const matches of runs) {
      const kept: Match[] = [];
      for (const match of matches) {
        const settled = this.decide(match);
        if (settled) kept.push(settled);
      }
      resolved.push(kept);
    }
    return resolved;
  }

  /** The match as it counts (its entity settled), or null when it does not count. */
  private decide(match: Match): Match | null {
    switch (match.when) {
      case undefined:
        this.namedInFull.add(match.entityId);
        return match;
      case 'after-full-name':
        return this.namedInFull.has(match.entityId) ? match : null;
      case 'needs-context':
        return !match.sentenceStart || this.supported.has(match.entityId) ? match : null;
      case 'unqualified':
        return match.qualifier && FOREIGN_QUALIFIERS.has(match.qualifier) ? null : match;
      case 'if-unambiguous': {
        const settled = (match.candidates ?? [match.entityId]).filter((id) => this.supported.has(id));
        const [only] = settled;
        return settled.length === 1 && only ? { ...match, entityId: only } : null;
      }
    }
  }
}
