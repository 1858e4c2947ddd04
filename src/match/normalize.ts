/**
 * Text folding shared by patterns and page text, so that typographic variants of one name compare equal:
 * curly quotes and apostrophes become straight ones, dash variants become '-', every run of whitespace
 * (no-break spaces and line breaks included) becomes one space, and invisible characters vanish.
 */

/** Result of folding a text: the folded string and, for each of its code units, the offset it came from. */
export interface FoldedText {
  text: string;
  /** `sourceOffsets[i]` is the offset in the original text of folded code unit `i`. */
  sourceOffsets: Uint32Array;
}

/** What foldCode gives characters that fold to nothing. */
export const DROPPED = 0;
export const SPACE = 0x20;

/** Folded form of one UTF-16 code unit: a replacement code, SPACE for whitespace, DROPPED to drop it. */
export function foldCode(code: number): number {
  if (isWhitespace(code)) return SPACE;
  switch (code) {
    case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0x2032: case 0xff07:
      return 0x27; // apostrophe and single-quote variants -> '
    case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0x2033: case 0xff02:
      return 0x22; // double-quote variants -> "
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: case 0xfe63: case 0xff0d:
      return 0x2d; // hyphen and dash variants -> -
    case 0x0000: case 0x00ad: case 0x200b: case 0x200c: case 0x200d: case 0x2060: case 0xfeff:
      return DROPPED; // NUL, soft hyphen and zero-width characters carry no letter
    default:
      return code;
  }
}

/**
 * Every code unit that foldCode does not give back unchanged, or gives back as SPACE or DROPPED: whitespace,
 * quote and dash variants, invisible characters. All others fold to themselves, so a table of what each code unit
 * folds to needs only these besides the identity (a test checks the list against foldCode for all 65,536).
 */
export const FOLDED_CODES: readonly number[] = [
  0x00, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0xad, 0x1680,
  0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x200b, 0x200c, 0x200d,
  0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2018, 0x2019, 0x201a, 0x201b, 0x201c, 0x201d, 0x201e, 0x201f,
  0x2028, 0x2029, 0x202f, 0x2032, 0x2033, 0x205f, 0x2060, 0x2212, 0x3000, 0xfe63, 0xfeff, 0xff02, 0xff07, 0xff0d,
];

/** True for the code units JavaScript's `\s` matches: ASCII whitespace, no-break spaces, Unicode spaces. */
export function isWhitespace(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x3000
  );
}

/** Folds `text`, keeping a map back to the original offsets. Whitespace runs become one space, kept at the ends. */
export function foldText(text: string): FoldedText {
  const codes = new Uint16Array(text.length);
  const offsets = new Uint32Array(text.length);
  let length = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const folded = foldCode(text.charCodeAt(i));
    if (folded === DROPPED) continue;
    if (folded === SPACE) {
      if (inSpace) continue;
      inSpace = true;
    } else {
      inSpace = false;
    }
    codes[length] = folded;
    offsets[length++] = i;
  }
  let out = '';
  const CHUNK = 8192; // String.fromCharCode takes arguments: stay far below engines' argument limits
  for (let i = 0; i < length; i += CHUNK) {
    out += String.fromCharCode(...codes.subarray(i, Math.min(i + CHUNK, length)));
  }
  return { text: out, sourceOffsets: offsets.subarray(0, length) };
}

/** Folds a name the way page text is folded, trimmed: the form patterns are stored in. */
export function foldPattern(pattern: string): string {
  // A plain loop rather than foldText: names are short, and this runs for every name while code is cold.
  let out = '';
  let inSpace = false;
  for (let i = 0; i < pattern.length; i++) {
    const code = foldCode(pattern.charCodeAt(i));
    if (code === DROPPED || (code === SPACE && inSpace)) continue;
    inSpace = code === SPACE;
    out += String.fromCharCode(code);
  }
  return out.trim();
}
