/** Reading, writing and watching the typed settings in extension storage. */
import { browser, type Storage } from './browser.ts';
import { defaultSettings, parseSettings, settingDeclarations, settingNames, type SettingName, type Settings } from './settings.ts';

/** Settings live in sync storage so they follow the reader across browsers. */
const area = (): Storage.StorageArea => browser.storage.sync;

/** Reads all settings; storage that cannot be read at all yields the defaults. */
export async function readSettings(): Promise<Settings> {
  try {
    return parseSettings(await area().get(settingNames));
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
    if (areaName !== 'sync' || !settingNames.some((name) => name in changes)) return;
    void readSettings().then((settings) => {
      if (!signal.aborted) listener(settings);
    });
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
}
