import { describe, expect, it } from 'vitest';
import { selectMentions } from '../../../src/match/mentions.ts';

const matches = [
  { start: 0, end: 4, entityId: 'tsmc' },
  { start: 10, end: 16, entityId: 'xiaomi' },
  { start: 20, end: 24, entityId: 'tsmc' },
];

describe('selectMentions', () => {
  it('keeps only first mentions, across calls sharing `seen`', () => {
    const seen = new Set<string>();
    expect(selectMentions(matches, 'first', seen).map((m) => m.start)).toEqual([0, 10]);
    expect(selectMentions([{ start: 3, end: 7, entityId: 'xiaomi' }], 'first', seen)).toEqual([]);
  });

  it('keeps every mention in "every" mode', () => {
    expect(selectMentions(matches, 'every', new Set())).toHaveLength(3);
  });
});
