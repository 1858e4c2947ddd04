/**
 * Candidate names for the knowledge file: capitalised names and acronyms in article text that no known
 * entity covers. Heuristic and pure (text in, strings out): editors review what it suggests.
 */

/** Capitalised words that start sentences or fill headlines without naming anything. */
const COMMON = new Set(
  ('A An The This That These Those It Its In On At For From With Without By Of To As And But Or Nor If When While ' +
    'Although Though Because Since After Before Under Over Between Among Whoever Whatever However Moreover Instead ' +
    'Yet So Such No Not Any Every Each Some Many Most More Much One Two Three First Second Third He She They We You ' +
    'I His Her Their Our Your There Here What Which Who Whom Why How Given Even Still Also Only Just Then Now Today ' +
    'Yesterday Tomorrow Last Next Mr Mrs Ms Dr President Premier Minister Chairman Chairwoman Mayor Speaker ' +
    'January February March April May June July August September October November December Monday Tuesday ' +
    'Wednesday Thursday Friday Saturday Sunday Translated Photo EDITORIAL US UK None Chinese Taiwanese American ' +
    'Japanese European Korean Philippine Filipino British Australian').split(' '),
);

/** A capitalised word ("Lai", "Mei-hua", "O’Brien") or initials ("C.C."). */
const WORD = String.raw`(?:(?:[A-Z]\.)+|[A-Z][\p{Ll}\p{Lu}’'-]*)`;
/** Capitalised words in a row on one line, possibly joined by "of", "the", "for" ("Bureau of Fisheries"). */
const CAPITALISED_RUN = new RegExp(String.raw`\b${WORD}(?:[ \u00a0]+(?:(?:of|the|for|de|van|von|du)[ \u00a0]+)*${WORD})*`, 'gu');
const ACRONYM = /\b[A-Z][A-Z0-9&]{1,5}s?\b/g;
/** Two or more all-capital words in a row: a kicker or shouted heading ("RISK REMAINS"), not a name. */
const SHOUTED = /\b[A-Z]{2,}(?:[ \u00a0-]+[A-Z]{2,})+\b/g;

/**
 * The candidates in `text`, excluding ranges already covered by known matches (`covered`, as [start, end)
 * pairs), each trimmed of possessives, in order of first appearance, without repeats.
 */
export function unknownNames(text: string, covered: ReadonlyArray<readonly [number, number]>): string[] {
  const found = new Set<string>();
  const overlaps = (start: number, end: number): boolean => covered.some(([from, to]) => start < to && end > from);
  const consider = (raw: string, start: number): void => {
    const name = raw.replace(/[’']s$/u, '').replace(/[’'-]+$/u, '').trim();
    if (name.length < 2 || overlaps(start, start + name.length)) return;
    const words = name.split(/\s+/);
    if (words.length === 1 && COMMON.has(name)) return;
    const trimmed = COMMON.has(words[0] ?? '') ? words.slice(1).join(' ') : name;
    if (trimmed.length >= 2 && !(trimmed.split(/\s+/).length === 1 && COMMON.has(trimmed))) found.add(trimmed);
  };
  // Blank out shouted headings, keeping offsets, so that no run starts or ends inside one.
  const quiet = text.replace(SHOUTED, (heading) => ' '.repeat(heading.length));
  for (const match of quiet.matchAll(CAPITALISED_RUN)) {
    if (!/^[A-Z]{2,}$/.test(match[0])) consider(match[0], match.index);
  }
  for (const match of quiet.matchAll(ACRONYM)) consider(match[0], match.index);
  return [...found];
}
