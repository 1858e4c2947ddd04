/**
 * Typed settings: one declaration per setting with its default and a validator. Values read from storage are
 * checked; a missing, corrupt or unknown value falls back to its default and never breaks the others.
 */
import { browser, type Storage } from './browser.ts';
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

const names = Object.keys(settingDeclarations) as SettingName[];
/** Settings live in sync storage so they follow the reader across browsers. */
const area = (): Storage.StorageArea => browser.storage.sync;

/** Every setting's default. */
export function defaultSettings(): Settings {
  return Object.fromEntries(names.map((name) => [name, settingDeclarations[name].default])) as Settings;
}

/** Turns raw stored values into settings: each invalid or missing value becomes its default. */
export function parseSettings(stored: Record<string, unknown>): Settings {
  const settings = defaultSettings() as Record<SettingName, unknown>;
  for (const name of names) {
    const value = stored[name];
    if (settingDeclarations[name].isValid(value)) settings[name] = value;
  }
  return settings as Settings;
}

/** True when two settings objects hold the same value for every setting. */
export function sameSettings(a: Settings, b: Settings): boolean {
  return names.every((name) => a[name] === b[name]);
}

/** Reads all settings; storage that cannot be read at all yields the defaults. */
export async function readSettings(): Promise<Settings> {
  try {
    return parseSettings(await area().get(names));
  } catch {
    return defaultSettings();
  }
}

/** Saves one setting. */
export async function writeSetting<K extends SettingName>(name: K, value: Settings[K]): Promise<void> {
  if (!settingDeclarations[name].isValid(value)) throw new TypeError(`invalid value for setting ${name}`);
  await area().set({ [name]: value });
}

/** Calls `listener` with the full, validated settings whenever any of them changes, until `signal` aborts. */
export function watchSettings(listener: (settings: Settings) => void, signal: AbortSignal): void {
  const onChanged = (changes: Record<string, Storage.StorageChange>, areaName: string): void => {
    if (areaName !== 'sync' || !names.some((name) => name in changes)) return;
    void readSettings().then((settings) => {
      if (!signal.aborted) listener(settings);
    });
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
}
