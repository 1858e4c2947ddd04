/**
 * The detector's reasons ("URL section: Editorials", "byline") in the reader's language. The detector writes
 * them in English, as data that the scan tool prints too; the popup shows each through its message, and a
 * reason it does not know as written.
 */
import { t, type MessageKey } from './i18n.ts';

const FIXED: Record<string, MessageKey> = {
  'URL: dated article': 'reasonDatedUrl',
  'article URL': 'reasonArticleUrl',
  'home page': 'reasonHomePage',
  'section page': 'reasonSectionPage',
  'listing page': 'reasonListingPage',
  'URL is not an article': 'reasonNotArticleUrl',
  'no article found in the page': 'reasonNoArticle',
  'Chinese edition': 'reasonChineseEdition',
  'og:type article': 'reasonOgArticle',
  'article text': 'reasonArticleText',
  byline: 'reasonByline',
  'author bio': 'reasonAuthorBio',
  'house editorial': 'reasonHouseEditorial',
  letter: 'reasonLetter',
  translated: 'reasonTranslated',
  'Liberty Times editorial': 'reasonLibertyTimes',
  contributor: 'reasonContributor',
  'comment layout': 'reasonCommentLayout',
};

/** Reasons with a value after a fixed start, longest start first ("schema.org section: " before "schema.org "). */
const WITH_VALUE: Array<[string, MessageKey]> = [
  ['URL section: ', 'reasonUrlSection'],
  ['section label: ', 'reasonSectionLabel'],
  ['headline tag: ', 'reasonHeadlineTag'],
  ['schema.org section: ', 'reasonSchemaSection'],
  ['article:section: ', 'reasonArticleSection'],
  ['schema.org ', 'reasonSchemaType'],
];

/** Does the popup have a message for this reason? */
export function isKnownReason(reason: string): boolean {
  return reason in FIXED || WITH_VALUE.some(([start]) => reason.startsWith(start));
}

export function reasonLabel(reason: string): string {
  const fixed = FIXED[reason];
  if (fixed) return t(fixed);
  for (const [start, key] of WITH_VALUE) {
    if (reason.startsWith(start)) return t(key, reason.slice(start.length));
  }
  return reason;
}
