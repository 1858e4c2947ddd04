// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  defaultSettings, exportSettings, importSettings, isOnForHost, migrateStored, migrations, parseSettings, sameSettings,
  SETTINGS_VERSION, VERSION_KEY, type Migration,
} from '../../../src/shared/settings.ts';

describe('settings', () => {
  it('declares a default for every setting', () => {
    expect(defaultSettings()).toEqual({
      enabled: true,
      disabledSites: [],
      mentionMode: 'first',
      highlightStyle: 'underline',
      entityTypes: ['person', 'organization', 'company', 'party', 'government-body', 'product', 'law', 'concept', 'place', 'media'],
      hoverDelay: 250,
      theme: 'auto',
      annotateNews: false,
    });
  });

  it('keeps valid stored values', () => {
    const stored = { enabled: false, mentionMode: 'every', highlightStyle: 'tint', hoverDelay: 600, theme: 'dark', annotateNews: true, disabledSites: ['thediplomat.com'], entityTypes: ['person'] };
    expect(parseSettings(stored)).toEqual({ ...stored });
  });

  it('replaces each corrupt or unknown value by its default and keeps the others', () => {
    const parsed = parseSettings({
      enabled: 'yes', mentionMode: 'every', stray: 1, hoverDelay: -5, theme: 'purple', disabledSites: ['ok.example', 'not a host'],
      entityTypes: ['person', 'person'], highlightStyle: null, annotateNews: true,
    });
    expect(parsed).toEqual({ ...defaultSettings(), mentionMode: 'every', annotateNews: true });
    expect(parseSettings({ hoverDelay: 2.5 }).hoverDelay).toBe(250);
    expect(parseSettings({ hoverDelay: 999_999 }).hoverDelay).toBe(250);
    expect(parseSettings({ entityTypes: ['person', 'alien'] }).entityTypes).toEqual(defaultSettings().entityTypes);
    expect(parseSettings({})).toEqual(defaultSettings());
  });

  it('never shares arrays between calls (a caller editing one cannot change another)', () => {
    const a = defaultSettings();
    a.disabledSites.push('x.example');
    expect(defaultSettings().disabledSites).toEqual([]);
  });

  it('compares settings by value', () => {
    expect(sameSettings(defaultSettings(), parseSettings({}))).toBe(true);
    expect(sameSettings(defaultSettings(), { ...defaultSettings(), enabled: false })).toBe(false);
    expect(sameSettings(defaultSettings(), { ...defaultSettings(), disabledSites: ['a.example'] })).toBe(false);
  });

  it('is on for a site unless switched off globally or for that site', () => {
    expect(isOnForHost(defaultSettings(), 'www.taipeitimes.com')).toBe(true);
    expect(isOnForHost({ ...defaultSettings(), disabledSites: ['www.taipeitimes.com'] }, 'WWW.taipeitimes.com')).toBe(false);
    expect(isOnForHost({ ...defaultSettings(), disabledSites: ['www.taipeitimes.com'] }, 'thediplomat.com')).toBe(true);
    expect(isOnForHost({ ...defaultSettings(), enabled: false }, 'thediplomat.com')).toBe(false);
  });
});

describe('migrations', () => {
  it('are numbered in order, and the current version is the last', () => {
    const versions = migrations.map((step) => step.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(SETTINGS_VERSION).toBe(versions.at(-1));
  });

  it('bring the first release’s store (no version) up to date and keep what it held', () => {
    const { values, changed } = migrateStored({ enabled: false, mentionMode: 'every' });
    expect(changed).toBe(true);
    expect(values).toEqual({ enabled: false, mentionMode: 'every', [VERSION_KEY]: SETTINGS_VERSION });
    expect(parseSettings(values)).toEqual({ ...defaultSettings(), enabled: false, mentionMode: 'every' });
  });

  it('leave a current or newer store alone', () => {
    expect(migrateStored({ enabled: true, [VERSION_KEY]: SETTINGS_VERSION }).changed).toBe(false);
    const newer = { enabled: true, somethingNew: 1, [VERSION_KEY]: SETTINGS_VERSION + 5 };
    expect(migrateStored(newer)).toEqual({ values: newer, changed: false });
  });

  it('run every later step in order, and only those', () => {
    const steps: Migration[] = [
      { version: 2, describe: 'rename a', migrate: ({ a, ...rest }) => ({ ...rest, b: a }) },
      { version: 3, describe: 'double b', migrate: (stored) => ({ ...stored, b: Number(stored.b) * 2 }) },
    ];
    expect(migrateStored({ a: 4 }, steps).values).toEqual({ b: 8, [VERSION_KEY]: 3 });
    expect(migrateStored({ b: 4, [VERSION_KEY]: 2 }, steps).values).toEqual({ b: 8, [VERSION_KEY]: 3 });
    expect(migrateStored({ b: 4, [VERSION_KEY]: 'junk' }, steps).values).toEqual({ b: Number.NaN, [VERSION_KEY]: 3 });
  });
});

describe('export and import', () => {
  it('round-trips every setting', () => {
    const settings = { ...defaultSettings(), enabled: false, disabledSites: ['a.example'], theme: 'dark' as const, hoverDelay: 500 };
    const result = importSettings(exportSettings(settings));
    expect(result).toEqual({ ok: true, values: settings, problems: [] });
  });

  it('accepts a partial file', () => {
    expect(importSettings(JSON.stringify({ backstorySettings: SETTINGS_VERSION, theme: 'light' }))).toEqual({ ok: true, values: { theme: 'light' }, problems: [] });
  });

  it('refuses what it cannot take, saying why, one line per problem', () => {
    expect(importSettings('{ not json')).toMatchObject({ ok: false, problems: [expect.stringMatching(/^not a JSON file/)] });
    expect(importSettings('[1, 2]')).toMatchObject({ ok: false, problems: ['not a Backstory settings file: expected a JSON object'] });
    expect(importSettings('{"enabled": true}')).toMatchObject({ ok: false, problems: [expect.stringContaining('format version')] });
    const mixed = importSettings(JSON.stringify({ backstorySettings: SETTINGS_VERSION, enabled: 'maybe', theme: 'dark', colour: 'red' }));
    expect(mixed.ok).toBe(false);
    expect(mixed.problems).toEqual(['invalid value for "enabled": "maybe"', 'unknown setting "colour"']);
    expect(importSettings(JSON.stringify({ backstorySettings: SETTINGS_VERSION + 1 })).problems[0]).toMatch(/newer Backstory/);
  });
});

describe('the prefetch script’s keys', () => {
  it('are exactly the stored settings and the format version', async () => {
    const { storedSettingKeys } = await import('../../../src/shared/settings-keys.ts');
    const { settingNames } = await import('../../../src/shared/settings.ts');
    expect([...storedSettingKeys].sort()).toEqual([...settingNames, VERSION_KEY].sort());
  });
});
