/**
 * UI strings, from `_locales/<lang>/messages.json` through the browser's i18n API (English and Traditional
 * Chinese). It uses the `chrome.i18n` namespace that both Chrome and Firefox provide, so the content script's
 * card code does not pull in the polyfill. Keys are typed from the English file.
 */
import type english from '../../public/_locales/en/messages.json';
import type { EntityType } from '../match/types.ts';

export type MessageKey = keyof typeof english;

interface I18n {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage?(): string;
}

function api(): I18n | undefined {
  return (globalThis as { chrome?: { i18n?: I18n } }).chrome?.i18n;
}

/** The message `key` in the reader's language, with `$1`, `$2`… filled from `substitutions`. */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const text = api()?.getMessage(key, substitutions.map(String));
  // An empty answer means the key is missing from the locale files: show the key, which a test will catch.
  return text || key;
}

/** The reader's UI language as a BCP 47 tag, for `lang` attributes. */
export function uiLanguage(): string {
  return api()?.getUILanguage?.() ?? 'en';
}

const TYPE_KEYS: Record<EntityType, MessageKey> = {
  person: 'typePerson',
  organization: 'typeOrganization',
  company: 'typeCompany',
  party: 'typeParty',
  'government-body': 'typeGovernmentBody',
  product: 'typeProduct',
  law: 'typeLaw',
  concept: 'typeConcept',
  place: 'typePlace',
  media: 'typeMedia',
};

/** An entity type's label in the reader's language. */
export function typeLabel(type: EntityType): string {
  return t(TYPE_KEYS[type]);
}
