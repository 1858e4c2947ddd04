/**
 * Typed settings: one declaration per setting with its default and a validator. Values read from storage are
 * checked; a missing, corrupt or unknown value falls back to its default and never breaks the others. Stored
 * settings carry a format version, and `migrateStored` brings older formats up to date through the
 * `migrations` list. Storage access lives in settings-storage.ts, so this file is testable without a browser.
 */
import type { MentionMode } from '../match/mentions.ts';
import { entityTypes, type EntityType } from '../match/types.ts';

interface SettingDeclaration<T> {
  default: T;
  isValid(value: unknown): value is T;
}

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const oneOf = <T extends string>(...values: readonly T[]) => (value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);

export const highlightStyles = ['underline', 'tint', 'none'] as const;
export type HighlightStyle = (typeof highlightStyles)[number];
export const themes = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

/** Longest hover delay the options offer, in milliseconds. */
export const MAX_HOVER_DELAY = 2000;

/** A host name as the browser reports it: lower case letters, digits, dots and dashes (IDNs arrive as punycode). */
const HOST = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;
export function isHostName(value: unknown): value is string {
  return typeof value === 'string' && HOST.test(value);
}

/** Every setting Backstory stores. */
export const settingDeclarations = {
  /** Master switch: false removes every highlight from every tab. */
  enabled: { default: true as boolean, isValid: isBoolean } satisfies SettingDeclaration<boolean>,
  /** Sites (host names) where Backstory is switched off. */
  disabledSites: {
    default: [] as string[],
    isValid: (value: unknown): value is string[] => Array.isArray(value) && value.length <= 1000 && value.every(isHostName),
  } satisfies SettingDeclaration<string[]>,
  /** Highlight an entity's first mention in an article, or every mention. */
  mentionMode: {
    default: 'first' as MentionMode,
    isValid: oneOf<MentionMode>('first', 'every'),
  } satisfies SettingDeclaration<MentionMode>,
  /** How highlights look: an underline, a background tint, or nothing until focused. */
  highlightStyle: { default: 'underline' as HighlightStyle, isValid: oneOf(...highlightStyles) } satisfies SettingDeclaration<HighlightStyle>,
  /** Which kinds of entity get highlights. */
  entityTypes: {
    default: [...entityTypes] as EntityType[],
    isValid: (value: unknown): value is EntityType[] =>
      Array.isArray(value) && value.every((type) => (entityTypes as readonly unknown[]).includes(type)) && new Set(value).size === value.length,
  } satisfies SettingDeclaration<EntityType[]>,
  /** Milliseconds the pointer rests on a highlight before its card opens. */
  hoverDelay: {
    default: 250 as number,
    isValid: (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_HOVER_DELAY,
  } satisfies SettingDeclaration<number>,
  /** Card theme: follow the system (`prefers-color-scheme`), or always light or dark. */
  theme: { default: 'auto' as Theme, isValid: oneOf(...themes) } satisfies SettingDeclaration<Theme>,
  /** Annotate news articles of supported sites too, not only opinion pieces. */
  annotateNews: { default: false as boolean, isValid: isBoolean } satisfies SettingDeclaration<boolean>,
};

export type SettingName = keyof typeof settingDeclarations;
export type Settings = { [K in SettingName]: (typeof settingDeclarations)[K]['default'] };

/** Every setting's name. */
export const settingNames = Object.keys(settingDeclarations) as SettingName[];

/** Every setting's default. */
export function defaultSettings(): Settings {
  return Object.fromEntries(settingNames.map((name) => [name, structuredClone(settingDeclarations[name].default)])) as Settings;
}

/** Is `value` a valid value of setting `name`? */
export function isValidSetting<K extends SettingName>(name: K, value: unknown): value is Settings[K] {
  return settingDeclarations[name].isValid(value);
}

/** Turns raw stored values into settings: each invalid or missing value becomes its default. */
export function parseSettings(stored: Record<string, unknown>): Settings {
  const settings = defaultSettings() as Record<SettingName, unknown>;
  for (const name of settingNames) {
    const value = stored[name];
    if (settingDeclarations[name].isValid(value)) settings[name] = structuredClone(value);
  }
  return settings as Settings;
}

/** True when two settings objects hold the same value for every setting. */
export function sameSettings(a: Settings, b: Settings): boolean {
  return settingNames.every((name) => JSON.stringify(a[name]) === JSON.stringify(b[name]));
}

/** Is Backstory switched on for pages of `host`? */
export function isOnForHost(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host.toLowerCase());
}

/** The storage key of the stored format's version. */
export const VERSION_KEY = 'settingsVersion';

/** One change to the stored format: it takes the values stored by the version before and returns the new ones. */
export interface Migration {
  version: number;
  describe: string;
  migrate(stored: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Changes to the stored format, oldest first. Version 1 (no version key) is the first release's, which stored
 * `enabled` and `mentionMode`; version 2 added the options page's settings. Neither changed the meaning of a
 * stored value, so step 2 only stamps the version; a later release that renames or reshapes a setting adds its
 * step here, and older stores are brought through every step in order.
 */
export const migrations: readonly Migration[] = [
  {
    version: 2,
    describe: 'options page settings added; `enabled` and `mentionMode` keep their meaning, new settings start at their defaults',
    migrate: (stored) => stored,
  },
];

/** The stored format this code writes. */
export const SETTINGS_VERSION = migrations.at(-1)?.version ?? 1;

/**
 * Brings stored values up to the current format. Returns the migrated values, and whether anything changed (so
 * the caller knows to write them back). A version newer than ours (a later release, synced from another
 * browser) is left alone: we read what we understand and never write over it.
 */
export function migrateStored(
  stored: Record<string, unknown>,
  steps: readonly Migration[] = migrations,
): { values: Record<string, unknown>; changed: boolean } {
  const raw = stored[VERSION_KEY];
  const version = Number.isInteger(raw) && (raw as number) >= 1 ? (raw as number) : 1;
  const latest = steps.at(-1)?.version ?? 1;
  if (version >= latest) return { values: stored, changed: false };
  let values = stored;
  for (const step of steps) {
    if (step.version > version) values = step.migrate(values);
  }
  return { values: { ...values, [VERSION_KEY]: latest }, changed: true };
}

/** Settings as an export file: every setting, and the format version. */
export function exportSettings(settings: Settings): string {
  return `${JSON.stringify({ backstorySettings: SETTINGS_VERSION, ...settings }, null, 2)}\n`;
}

/** The outcome of reading an import file: the values to save, and what could not be taken, with why. */
export interface ImportResult {
  ok: boolean;
  values: Partial<Settings>;
  problems: string[];
}

/**
 * Reads an exported settings file. Any problem (not JSON, not an export, an unknown name, an invalid value)
 * makes `ok` false, and the caller changes nothing; every problem is listed, one line each.
 */
export function importSettings(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, values: {}, problems: [`not a JSON file: ${(error as Error).message}`] };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, values: {}, problems: ['not a Backstory settings file: expected a JSON object'] };
  }
  const record = data as Record<string, unknown>;
  const version = record.backstorySettings;
  if (!Number.isInteger(version)) {
    return { ok: false, values: {}, problems: ['not a Backstory settings file: "backstorySettings" (the format version) is missing'] };
  }
  const problems: string[] = [];
  if ((version as number) > SETTINGS_VERSION) problems.push(`made by a newer Backstory (format ${String(version)}; this one reads up to ${SETTINGS_VERSION})`);
  const { values: migrated } = migrateStored({ ...record, [VERSION_KEY]: version });
  const values: Partial<Record<SettingName, unknown>> = {};
  for (const [key, value] of Object.entries(migrated)) {
    if (key === 'backstorySettings' || key === VERSION_KEY) continue;
    if (!(settingNames as string[]).includes(key)) {
      problems.push(`unknown setting "${key}"`);
      continue;
    }
    const name = key as SettingName;
    if (settingDeclarations[name].isValid(value)) values[name] = value;
    else problems.push(`invalid value for "${name}": ${JSON.stringify(value)?.slice(0, 80) ?? String(value)}`);
  }
  return { ok: problems.length === 0, values: values as Partial<Settings>, problems };
}
