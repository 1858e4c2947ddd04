// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatMessage, readLocale } from '../../support/i18n.ts';

const english = readLocale('en');
const chinese = readLocale('zh_TW');
const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as Record<string, unknown>;

describe('locales', () => {
  it('give every English message a Traditional Chinese one, with the same placeholders', () => {
    expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
    for (const [key, entry] of Object.entries(english)) {
      const other = chinese[key];
      expect(other?.message.trim(), key).not.toBe('');
      expect(Object.keys(other?.placeholders ?? {}).sort(), key).toEqual(Object.keys(entry.placeholders ?? {}).sort());
      for (const name of Object.keys(entry.placeholders ?? {})) {
        expect(entry.message, key).toContain(`$${name.toUpperCase()}$`);
        expect(other?.message, key).toContain(`$${name.toUpperCase()}$`);
      }
    }
  });

  it('name the extension in the manifest from the locale files', () => {
    expect(manifest.default_locale).toBe('en');
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    expect(formatMessage(english, 'extName')).toBe('Backstory');
    expect(formatMessage(chinese, 'cardMentioned', ['5'])).toBe('本文提及 5 次');
  });

  it('cover every key the code asks for', () => {
    const sources = ['src/cards/entity-card.tsx', 'src/popup/popup.tsx', 'src/options/options.tsx', 'src/shared/i18n.ts', 'src/options/main.tsx']
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const used = [...sources.matchAll(/\bt\('([A-Za-z]+)'/g), ...sources.matchAll(/: '((?:popup|options|type|card)[A-Z][A-Za-z]+)'/g)].map((match) => match[1]);
    expect(used.length).toBeGreaterThan(40);
    for (const key of used) expect(english, `missing message ${key ?? ''}`).toHaveProperty(key ?? '');
  });
});
