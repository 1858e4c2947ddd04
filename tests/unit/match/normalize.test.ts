import { describe, expect, it } from 'vitest';
import { foldPattern, foldText } from '../../../src/match/normalize.ts';

describe('foldText', () => {
  it('folds quotes, dashes and whitespace runs and maps offsets back', () => {
    const folded = foldText('a\u00a0 \n“b”—c’s\u00add');
    expect(folded.text).toBe('a "b"-c\'sd');
    expect([...folded.sourceOffsets]).toEqual([0, 1, 4, 5, 6, 7, 8, 9, 10, 12]);
  });

  it('handles texts longer than one conversion chunk', () => {
    const long = 'x '.repeat(20_000);
    expect(foldText(long).text).toBe(long);
  });

  it('trims patterns', () => {
    expect(foldPattern('  Lei\u00a0Jun ')).toBe('Lei Jun');
  });
});
