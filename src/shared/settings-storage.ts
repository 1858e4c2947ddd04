/** Reading, writing and watching the typed settings in extension storage. */
import { browser, type Storage } from './browser.ts';
import {
  defaultSettings, isValidSetting, migrateStored, parseSettings, settingNames, VERSION_KEY,
  type SettingName, type Settings,
} from './settings.ts';

/** Settings live in sync storage so they follow the reader across browsers. */
const area = (): Storage.StorageArea => browser.storage.sync;

/**
 * Reads all settings, bringing an older stored format up to date first (and saving the result, so it happens
 * once). Storage that cannot be read at all yields the defaults; a value that is corrupt yields its default.
 * `prefetched` is a read of the same keys already under way (see content/prefetch.iife.ts).
 */
export async function readSettings(prefetched?: Promise<Record<string, unknown>>): Promise<Settings> {
  let stored: Record<string, unknown>;
  try {
    stored = await (prefetched ?? area().get([...settingNames, VERSION_KEY, ...legacyKeys]));
  } catch {
    return defaultSettings();
  }
  const { values, changed } = migrateStored(stored);
  if (changed) {
    // Only valid values are written back, so a corrupt stored value is never made permanent.
    const valid = Object.fromEntries(Object.entries(values).filter(([key, value]) =>
      key === VERSION_KEY || ((settingNames as string[]).includes(key) && isValidSetting(key as SettingName, value))));
    await area().set(valid).catch(() => undefined);
  }
  return parseSettings(values);
}

/** Keys that older formats stored and a migration may read; none yet. */
const legacyKeys: string[] = [];

/** Saves one setting. */
export async function writeSetting<K extends SettingName>(name: K, value: Settings[K]): Promise<void> {
  await writeSettings({ [name]: value });
}

/** Saves several settings in one write: all of them, or (when one is invalid) none. */
export async function writeSettings(values: Partial<Settings>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    if (!(settingNames as string[]).includes(name) || !isValidSetting(name as SettingName, value)) {
      throw new TypeError(`invalid value for setting ${name}`);
    }
  }
  await area().set(values);
}

/** Switches Backstory on or off for one site (host name), keeping the other sites' choices. */
export async function setSiteEnabled(host: string, on: boolean): Promise<void> {
  const { disabledSites } = await readSettings();
  const others = disabledSites.filter((site) => site !== host);
  await writeSetting('disabledSites', on ? others : [...others, host]);
}

/** Calls `listener` with the full, validated settings whenever any of them changes, until `signal` aborts. */
export function watchSettings(listener: (settings: Settings) => void, signal: AbortSignal): void {
  const onChanged = (changes: Record<string, Storage.StorageChange>, areaName: string): void => {
    if (areaName !== 'sync' || !settingNames.some((name) => name in changes)) return;
    void readSettings().then((settings) => {
      if (!signal.aborted) listener(settings);
    });
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
}
