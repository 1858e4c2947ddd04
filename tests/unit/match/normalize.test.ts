import { describe, expect, it } from 'vitest';
import { DROPPED, FOLDED_CODES, SPACE, foldCode, foldPattern, foldText } from '../../../src/match/normalize.ts';

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

describe('FOLDED_CODES', () => {
  it('lists exactly the code units that foldCode changes or makes a space or nothing', () => {
    const expected: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const folded = foldCode(code);
      if (folded !== code || folded === SPACE || folded === DROPPED) expected.push(code);
    }
    expect([...FOLDED_CODES].sort((a, b) => a - b)).toEqual(expected);
  });
});
