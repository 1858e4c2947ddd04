/**
 * The options page: every setting, saved as soon as it changes (open tabs follow live), the list of sites
 * switched off, and export/import of all settings as a JSON file. An import is validated first and changes
 * nothing unless every value in it is usable; the page lists what it could not take.
 */
import { useEffect, useState } from 'preact/hooks';
import { entityTypes, type EntityType } from '../match/types.ts';
import { t, typeLabel, type MessageKey } from '../shared/i18n.ts';
import {
  exportSettings, highlightStyles, importSettings, isHostName, MAX_HOVER_DELAY, themes,
  type HighlightStyle, type SettingName, type Settings, type Theme,
} from '../shared/settings.ts';
import { readSettings, watchSettings, writeSetting, writeSettings } from '../shared/settings-storage.ts';

const STYLE_KEYS: Record<HighlightStyle, MessageKey> = {
  underline: 'optionsStyleUnderline',
  tint: 'optionsStyleTint',
  none: 'optionsStyleNone',
};
const THEME_KEYS: Record<Theme, MessageKey> = { auto: 'optionsThemeAuto', light: 'optionsThemeLight', dark: 'optionsThemeDark' };

type Notice = { kind: 'ok' | 'error'; text: string; details?: string[] } | null;

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [newSite, setNewSite] = useState('');

  useEffect(() => {
    const stop = new AbortController();
    void readSettings().then(setSettings);
    watchSettings(setSettings, stop.signal);
    return () => stop.abort();
  }, []);

  if (!settings) return <main class="options" aria-busy="true" />;

  const save = <K extends SettingName>(name: K, value: Settings[K]): void => {
    setSettings({ ...settings, [name]: value });
    writeSetting(name, value).then(
      () => setNotice({ kind: 'ok', text: t('optionsSaved') }),
      (error: unknown) => setNotice({ kind: 'error', text: t('optionsSaveFailed', String(error)) }),
    );
  };

  const toggleType = (type: EntityType, on: boolean): void => {
    const next = on ? entityTypes.filter((each) => each === type || settings.entityTypes.includes(each)) : settings.entityTypes.filter((each) => each !== type);
    save('entityTypes', next);
  };

  const addSite = (event: Event): void => {
    event.preventDefault();
    const host = newSite.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '');
    if (!isHostName(host)) {
      setNotice({ kind: 'error', text: t('optionsBadHost', newSite) });
      return;
    }
    if (!settings.disabledSites.includes(host)) save('disabledSites', [...settings.disabledSites, host]);
    setNewSite('');
  };

  const download = (): void => {
    const blob = new Blob([exportSettings(settings)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'backstory-settings.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };

  const upload = async (file: File): Promise<void> => {
    const result = importSettings(await file.text());
    if (!result.ok) {
      setNotice({ kind: 'error', text: t('optionsImportFailed'), details: result.problems });
      return;
    }
    try {
      await writeSettings(result.values);
      setNotice({ kind: 'ok', text: t('optionsImported') });
    } catch (error) {
      setNotice({ kind: 'error', text: t('optionsSaveFailed', String(error)) });
    }
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>

      <label class="row">
        <input type="checkbox" checked={settings.enabled} onChange={(event) => save('enabled', event.currentTarget.checked)} />
        <span>{t('optionsEnabled')}</span>
      </label>

      <fieldset>
        <legend>{t('optionsHighlightStyle')}</legend>
        {highlightStyles.map((style) => (
          <label class="row" key={style}>
            <input type="radio" name="highlightStyle" value={style} checked={settings.highlightStyle === style} onChange={() => save('highlightStyle', style)} />
            <span class={`sample sample-${style}`}>{t(STYLE_KEYS[style])}</span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('optionsMentionMode')}</legend>
        <label class="row">
          <input type="radio" name="mentionMode" value="first" checked={settings.mentionMode === 'first'} onChange={() => save('mentionMode', 'first')} />
          <span>{t('optionsModeFirst')}</span>
        </label>
        <label class="row">
          <input type="radio" name="mentionMode" value="every" checked={settings.mentionMode === 'every'} onChange={() => save('mentionMode', 'every')} />
          <span>{t('optionsModeEvery')}</span>
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('optionsTypes')}</legend>
        <div class="grid">
          {entityTypes.map((type) => (
            <label class="row" key={type}>
              <input type="checkbox" name="entityTypes" value={type} checked={settings.entityTypes.includes(type)} onChange={(event) => toggleType(type, event.currentTarget.checked)} />
              <span>{typeLabel(type)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('optionsHoverDelay')}</legend>
        <label class="row">
          <input
            type="range"
            name="hoverDelay"
            aria-label={t('optionsHoverDelay')}
            min={0}
            max={MAX_HOVER_DELAY}
            step={50}
            value={settings.hoverDelay}
            aria-valuetext={t('optionsHoverDelayValue', settings.hoverDelay)}
            onChange={(event) => save('hoverDelay', Number(event.currentTarget.value))}
          />
          <output>{t('optionsHoverDelayValue', settings.hoverDelay)}</output>
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('optionsTheme')}</legend>
        {themes.map((theme) => (
          <label class="row" key={theme}>
            <input type="radio" name="theme" value={theme} checked={settings.theme === theme} onChange={() => save('theme', theme)} />
            <span>{t(THEME_KEYS[theme])}</span>
          </label>
        ))}
      </fieldset>

      <label class="row">
        <input type="checkbox" name="annotateNews" checked={settings.annotateNews} onChange={(event) => save('annotateNews', event.currentTarget.checked)} />
        <span>{t('optionsNews')}</span>
      </label>

      <fieldset>
        <legend>{t('optionsDisabledSites')}</legend>
        {settings.disabledSites.length === 0 && <p class="muted">{t('optionsNoDisabledSites')}</p>}
        <ul class="sites">
          {settings.disabledSites.map((host) => (
            <li key={host}>
              <span>{host}</span>
              <button type="button" aria-label={t('optionsRemoveSite', host)} onClick={() => save('disabledSites', settings.disabledSites.filter((site) => site !== host))}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <form class="row" onSubmit={addSite}>
          <label for="new-site" class="visually-hidden">{t('optionsAddSite')}</label>
          <input id="new-site" type="text" inputMode="url" placeholder={t('optionsAddSitePlaceholder')} value={newSite} onInput={(event) => setNewSite(event.currentTarget.value)} />
          <button type="submit">{t('optionsAddSiteButton')}</button>
        </form>
      </fieldset>

      <fieldset>
        <legend>{t('optionsBackup')}</legend>
        <div class="row">
          <button type="button" onClick={download}>{t('optionsExport')}</button>
          <label class="button">
            {t('optionsImport')}
            <input
              type="file"
              name="import"
              accept="application/json,.json"
              class="visually-hidden"
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                event.currentTarget.value = '';
                if (file) void upload(file);
              }}
            />
          </label>
        </div>
      </fieldset>

      <div class={`notice ${notice?.kind ?? ''}`} role="status" aria-live="polite" data-testid="notice">
        {notice?.text}
        {notice?.details && (
          <ul>
            {notice.details.map((line) => <li key={line}>{line}</li>)}
          </ul>
        )}
      </div>
    </main>
  );
}
