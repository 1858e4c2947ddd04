/**
 * Deterministic benchmark inputs: article-like English prose of an exact UTF-8 size, and a large invented
 * knowledge file. Everything is drawn from one seeded generator, so every run measures the same bytes.
 */
import type { EntityType, MatchEntry } from '../../src/match/types.ts';

/** A seeded pseudo-random generator (mulberry32): small, fast and the same on every machine. */
export class Random {
  private state: number;

  constructor(seed = 0x5eed) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick() from an empty list');
    return item;
  }
}

const COMMON_WORDS = (
  'the of and to a in that is was for on are with as it be by at this have from or had not but what all were ' +
  'when we there can an your which their said if do will each about how up out them then she many some so ' +
  'these would other into has more her two like him see time could no make than first been its who now ' +
  'people my made over did down only way find use may water long little very after words called just where ' +
  'most know government policy year week economy trade security election vote voters market report plan ' +
  'support against between because while however during under both public military domestic foreign ' +
  'official officials minister ministry legislators lawmakers companies industry analysts critics should ' +
  'must might cannot without across despite whether although since before ever never again still'
).split(' ');

const CAPITALISED_WORDS = (
  'Monday Tuesday Wednesday Thursday Friday January March June September October Taipei Kaohsiung Taichung ' +
  'Tainan Washington Beijing Tokyo Seoul Manila Brussels Europe Asia Pacific Japan Korea India Australia ' +
  'Parliament Cabinet Council Premier President Minister Executive Yuan National Assembly Bureau Agency'
).split(' ');

const PUNCTUATION = [',', ',', ',', ';', ' —', ':'];
const SENTENCE_ENDS = ['.', '.', '.', '.', '?', '!'];

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A number as newspapers write them: years, percentages, sums of money, counts. */
function newsNumber(random: Random): string {
  switch (random.int(0, 3)) {
    case 0: return String(random.int(1949, 2026));
    case 1: return `${random.int(1, 99)}.${random.int(0, 9)} percent`;
    case 2: return `NT$${random.int(1, 900)}.${random.int(1, 9)} billion`;
    default: return random.int(2, 90_000).toLocaleString('en-US');
  }
}

/** One sentence of 8–30 words; about one word in 40 is an entity name from `names`. */
function sentence(random: Random, names: readonly string[]): string {
  const length = random.int(8, 30);
  const words: string[] = [];
  for (let i = 0; i < length; i++) {
    const roll = random.next();
    if (roll < 1 / 40 && names.length > 0) words.push(random.pick(names));
    else if (roll < 0.1) words.push(random.pick(CAPITALISED_WORDS));
    else if (roll < 0.12) words.push(newsNumber(random));
    else if (roll < 0.13) words.push(`${random.pick(CAPITALISED_WORDS)}’s`);
    else words.push(random.pick(COMMON_WORDS));
    if (i > 2 && i < length - 2 && random.next() < 0.06) words[words.length - 1] += random.pick(PUNCTUATION);
  }
  if (random.next() < 0.15) {
    // A quoted clause, with the curly quotes real pages use.
    const from = random.int(0, length - 3);
    words[from] = `“${words[from] ?? ''}`;
    words[from + 2] = `${words[from + 2] ?? ''}”`;
  }
  words[0] = capitalise(words[0] ?? '');
  return `${words.join(' ')}${random.pick(SENTENCE_ENDS)}`;
}

/**
 * Article-like prose of exactly `bytes` UTF-8 bytes, in paragraphs of 3–7 sentences separated by a blank line
 * ("\n\n"). Names come from `names`, about one per 40 words. The same arguments give the same text.
 */
export function articleText(bytes: number, names: readonly string[], seed = 1): string {
  const random = new Random(seed);
  const parts: string[] = [];
  let size = 0;
  let inParagraph = 0;
  let paragraphLength = random.int(3, 7);
  while (size < bytes) {
    let piece = sentence(random, names);
    if (inParagraph === paragraphLength) {
      piece = `\n\n${piece}`;
      inParagraph = 0;
      paragraphLength = random.int(3, 7);
    } else if (parts.length > 0) {
      piece = ` ${piece}`;
    }
    inParagraph++;
    const pieceBytes = Buffer.byteLength(piece);
    if (size + pieceBytes <= bytes) {
      parts.push(piece);
      size += pieceBytes;
      continue;
    }
    // The last sentence is cut to fit; a few spaces make up for a multi-byte character that did not.
    let tail = '';
    for (const char of piece) {
      const charBytes = Buffer.byteLength(char);
      if (size + charBytes > bytes) break;
      tail += char;
      size += charBytes;
    }
    parts.push(tail, ' '.repeat(bytes - size));
    size = bytes;
  }
  return parts.join('');
}

const SYLLABLES = (
  'ka lo mi ren tal vor sen dra qui bel nor ta zu fen gar hol is jun kel mar nav ol pra ros sul tor ul ven ' +
  'wen xan yor zel an bri cor dun el fa'
).split(' ');
const HAN_CHARACTERS = [...'安寶長陳德東方國華海和宏輝家建金凱康力林龍美明南鵬強仁榮山盛台天通偉文祥新信興雄亞永宇元雲正志中'];
const ORGANISATION_WORDS = ['Institute', 'Group', 'Holdings', 'Council', 'Alliance', 'Foundation', 'Party', 'Agency'];
const COMPANY_SUFFIXES = ['Corp', 'Co', 'Inc', 'Ltd', 'Technologies', 'Electronics'];

function inventedWord(random: Random): string {
  let word = '';
  for (let i = random.int(2, 3); i > 0; i--) word += random.pick(SYLLABLES);
  return capitalise(word);
}

function acronymOf(name: string): string {
  return name.split(' ').map((word) => word.charAt(0).toUpperCase()).join('');
}

/**
 * `count` invented entities with `aliasesPerEntity` distinct surface forms each, all distinct across the whole
 * set: people (two or three invented words), companies and organisations (names, longer forms, acronyms), and
 * about one entity in 50 with a Han-script name.
 */
export function generatedEntities(count = 10_000, aliasesPerEntity = 3, seed = 7): MatchEntry[] {
  const random = new Random(seed);
  const taken = new Set<string>();
  /** Takes the first free candidate; falls back to the name with a distinguishing invented word. */
  const claim = (...candidates: string[]): string => {
    for (const candidate of candidates) {
      if (candidate.length > 1 && !taken.has(candidate)) {
        taken.add(candidate);
        return candidate;
      }
    }
    let fallback = `${candidates[0] ?? 'Entity'} ${inventedWord(random)}`;
    while (taken.has(fallback)) fallback = `${fallback} ${inventedWord(random)}`;
    taken.add(fallback);
    return fallback;
  };
  const entries: MatchEntry[] = [];
  for (let index = 0; index < count; index++) {
    const kind = random.int(0, 2);
    const type: EntityType = kind === 0 ? 'person' : kind === 1 ? 'company' : 'organization';
    const first = inventedWord(random);
    const second = inventedWord(random);
    const third = kind === 0 ? inventedWord(random) : random.pick(kind === 1 ? COMPANY_SUFFIXES : ORGANISATION_WORDS);
    const name = claim(`${first} ${second}`, `${first} ${second} ${third}`);
    const acronym = acronymOf(`${first} ${second} ${third}`);
    const variants: string[][] = [
      [kind === 0 ? `${first.charAt(0)}. ${second}` : `${first} ${second} ${third}`],
      random.next() < 0.02
        ? [Array.from({ length: random.int(2, 4) }, () => random.pick(HAN_CHARACTERS)).join('')]
        : kind === 0
          ? [`${first} ${third} ${second}`]
          : [acronym, `${acronym}${second.charAt(1).toUpperCase()}`, `${first.slice(0, 2).toUpperCase()}${acronym}`],
      [`${second} ${first}`],
    ];
    const forms: string[] = [];
    while (forms.length < aliasesPerEntity - 1) forms.push(claim(...(variants.shift() ?? [`${name} ${inventedWord(random)}`])));
    entries.push({ id: `generated-${index}`, name, type, patterns: [name, ...forms] });
  }
  return entries;
}
