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
    const sources = ['src/cards/entity-card.tsx', 'src/popup/popup.tsx', 'src/options/options.tsx', 'src/shared/i18n.ts', 'src/options/main.tsx', 'src/shared/reasons.ts']
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const used = [...sources.matchAll(/\bt\('([A-Za-z]+)'/g), ...sources.matchAll(/: '((?:popup|options|type|card|reason)[A-Z][A-Za-z]+)'/g), ...sources.matchAll(/'((?:reason)[A-Z][A-Za-z]+)'\]/g)].map((match) => match[1]);
    expect(used.length).toBeGreaterThan(40);
    for (const key of used) expect(english, `missing message ${key ?? ''}`).toHaveProperty(key ?? '');
  });
});

describe('reasons', () => {
  it('read the same in English and in Traditional Chinese for every reason the detector gives', async () => {
    const { reasonLabel } = await import('../../../src/shared/reasons.ts');
    const { useLocale } = await import('../../support/i18n.ts');
    const reasons = ['URL section: Editorials', 'byline', 'author bio', 'schema.org section: Opinion', 'schema.org NewsArticle', 'section label: The Debate', 'Liberty Times editorial'];
    expect(reasons.map(reasonLabel)).toEqual(reasons);
    useLocale('zh_TW');
    try {
      expect(reasons.map(reasonLabel)).toEqual(['網址分類：Editorials', '署名', '作者簡介', 'schema.org 分類：Opinion', 'schema.org NewsArticle', '版面標籤：The Debate', '自由時報社論']);
      expect(reasonLabel('something new')).toBe('something new');
    } finally {
      useLocale('en');
    }
  });
});
