/** Character classes the matcher's boundary rules need, on UTF-16 code units. */

// Built on first use (a non-ASCII character next to a name): Unicode property classes are slow to build.
let letterOrDigit: RegExp | undefined;
/** Scripts written without spaces between words: names in them match without word boundaries. */
let unspacedScript: RegExp | undefined;

/**
 * True when `code` is part of a word in a spaced script (Latin letters, digits, accented letters...), so a
 * match may not start or end next to it. Han characters are not: "雷軍說" still contains the name 雷軍.
 */
export function isSpacedWordCode(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  }
  if (code >= 0xd800 && code <= 0xdfff) return false; // a lone surrogate half: astral scripts count as unspaced
  const char = String.fromCharCode(code);
  letterOrDigit ??= /[\p{L}\p{N}\p{M}]/u;
  unspacedScript ??= /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
  return letterOrDigit.test(char) && !unspacedScript.test(char);
}
