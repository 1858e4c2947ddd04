/**
 * Typed settings: one declaration per setting with its default and a validator. Values read from storage are
 * checked; a missing, corrupt or unknown value falls back to its default and never breaks the others.
 * Storage access lives in settings-storage.ts, so this file is testable without a browser.
 */
import type { MentionMode } from '../match/mentions.ts';

interface SettingDeclaration<T> {
  default: T;
  isValid(value: unknown): value is T;
}

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

/** Every setting Backstory stores. */
export const settingDeclarations = {
  /** Master switch: false removes every highlight from every tab. */
  enabled: { default: true as boolean, isValid: isBoolean } satisfies SettingDeclaration<boolean>,
  /** Highlight an entity's first mention in an article, or every mention. */
  mentionMode: {
    default: 'first' as MentionMode,
    isValid: (value: unknown): value is MentionMode => value === 'first' || value === 'every',
  } satisfies SettingDeclaration<MentionMode>,
};

export type SettingName = keyof typeof settingDeclarations;
export type Settings = { [K in SettingName]: (typeof settingDeclarations)[K]['default'] };

/** Every setting's name. */
export const settingNames = Object.keys(settingDeclarations) as SettingName[];

/** Every setting's default. */
export function defaultSettings(): Settings {
  return Object.fromEntries(settingNames.map((name) => [name, settingDeclarations[name].default])) as Settings;
}

/** Turns raw stored values into settings: each invalid or missing value becomes its default. */
export function parseSettings(stored: Record<string, unknown>): Settings {
  const settings = defaultSettings() as Record<SettingName, unknown>;
  for (const name of settingNames) {
    const value = stored[name];
    if (settingDeclarations[name].isValid(value)) settings[name] = value;
  }
  return settings as Settings;
}

/** True when two settings objects hold the same value for every setting. */
export function sameSettings(a: Settings, b: Settings): boolean {
  return settingNames.every((name) => a[name] === b[name]);
}
