/**
 * Unit tests run outside a browser: this gives them `chrome.i18n.getMessage` over the project's real locale
 * files, with the browser's placeholder rules ($NAME$ from "placeholders", "$1"… from substitutions), so
 * components render the same strings as in the extension. `useLocale('zh_TW')` switches language.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const LOCALES = resolve(dirname(fileURLToPath(import.meta.url)), '../../public/_locales');

export function readLocale(locale: string): Messages {
  return JSON.parse(readFileSync(`${LOCALES}/${locale}/messages.json`, 'utf8')) as Messages;
}

/** The browser's substitution rules for one message. */
export function formatMessage(messages: Messages, key: string, substitutions: string[] = []): string {
  const entry = messages[key];
  if (!entry) return '';
  const fill = (text: string): string => text.replace(/\$(\d)/g, (_, index: string) => substitutions[Number(index) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? fill(placeholder.content) : whole;
    })
    .replace(/\$\$/g, '$');
}

let current = readLocale('en');
let currentName = 'en';

export function useLocale(locale: string): void {
  current = readLocale(locale);
  currentName = locale;
}

const scope = globalThis as { chrome?: Record<string, unknown> };
scope.chrome = {
  ...(scope.chrome ?? {}),
  i18n: {
    getMessage: (key: string, substitutions?: string | string[]) =>
      formatMessage(current, key, typeof substitutions === 'string' ? [substitutions] : (substitutions ?? [])),
    getUILanguage: () => currentName.replace('_', '-'),
  },
};
