import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { EntityCard } from '../cards/entity-card.tsx';
import type { Entity } from '../knowledge/schema.ts';
import { entityTypes } from '../match/types.ts';
import { browser } from '../shared/browser.ts';
import { t, typeLabel, type MessageKey } from '../shared/i18n.ts';
import type { EntityDetails, PageEntity, PageStatus } from '../shared/messages.ts';
import { askBackground, askTab } from '../shared/messaging.ts';
import { reasonLabel } from '../shared/reasons.ts';
import { isOnForHost, type Settings } from '../shared/settings.ts';
import { readSettings, setSiteEnabled, watchSettings, writeSetting } from '../shared/settings-storage.ts';
import { searchEntities } from './search.ts';
import type { TargetTab } from './target-tab.ts';

export interface PopupProps {
  /** Resolves to the tab this popup speaks about. */
  tab: Promise<TargetTab | undefined>;
  /** Loads the whole knowledge file (on first search), and looks up one entity's details. */
  knowledge: () => Promise<readonly Entity[]>;
  lookUp: (id: string) => Promise<EntityDetails>;
}

/** What the popup knows about the page: still asking, an answer, or no Backstory script on that page. */
type PageState = { state: 'loading' } | { state: 'status'; status: PageStatus } | { state: 'none' };

async function askPage(tab: TargetTab | undefined): Promise<PageState> {
  if (!tab) return { state: 'none' };
  try {
    const status: PageStatus | undefined = await askTab(tab.id, { type: 'page:status' });
    return status ? { state: 'status', status } : { state: 'none' };
  } catch {
    return { state: 'none' }; // no content script there: not a page Backstory annotates by itself
  }
}

const KIND_KEYS: Record<PageStatus['kind'], MessageKey> = {
  'op-ed': 'popupKindOpEd',
  news: 'popupKindNews',
  index: 'popupKindIndex',
  other: 'popupKindOther',
};

function hostOf(url: string | undefined): string | null {
  try {
    const parsed = new URL(url ?? '');
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** The toolbar popup: switches, the page's verdict and entities, search over the knowledge file. */
export function Popup({ tab, knowledge, lookUp }: PopupProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [target, setTarget] = useState<TargetTab | undefined>(undefined);
  const [page, setPage] = useState<PageState>({ state: 'loading' });
  /** What the "Annotate this page" button last said, and whether it is at work. */
  const [annotating, setAnnotating] = useState<{ busy: boolean; message: string } | null>(null);
  const [card, setCard] = useState<{ id: string; details: EntityDetails | undefined; trail: string[] } | null>(null);

  const refresh = async (): Promise<void> => setPage(await askPage(await tab));

  useEffect(() => {
    const stop = new AbortController();
    void readSettings().then(setSettings);
    watchSettings(setSettings, stop.signal);
    void tab.then(setTarget);
    void refresh();
    return () => stop.abort();
  }, []);

  const status = page.state === 'status' ? page.status : null;
  const host = status?.host ?? hostOf(target?.url);

  const setEnabled = async (next: boolean): Promise<void> => {
    await writeSetting('enabled', next);
    await refresh();
  };
  const setSite = async (next: boolean): Promise<void> => {
    if (!host) return;
    await setSiteEnabled(host, next);
    await refresh();
  };

  const annotate = async (): Promise<void> => {
    const current = await tab;
    if (!current) return;
    setAnnotating({ busy: true, message: t('popupAnnotating') });
    const result = await askBackground({ type: 'page:annotate', tabId: current.id });
    if (!result.ok) {
      setAnnotating({ busy: false, message: t('popupAnnotateFailed', result.error) });
      return;
    }
    // The injected script annotates in slices: ask until it reports, briefly.
    for (let attempt = 0; attempt < 20; attempt++) {
      const next = await askPage(current);
      if (next.state === 'status' && next.status.active) {
        setPage(next);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    setAnnotating(null);
  };

  const openCard = (id: string, trail: string[] = []): void => {
    setCard({ id, details: undefined, trail });
    void lookUp(id).then(
      (details) => setCard((shown) => (shown?.id === id ? { ...shown, details } : shown)),
      () => setCard((shown) => (shown?.id === id ? { ...shown, details: null } : shown)),
    );
  };

  const reveal = async (entity: PageEntity): Promise<void> => {
    const current = await tab;
    if (current) await askTab(current.id, { type: 'page:reveal', id: entity.id }).catch(() => false);
  };

  if (card) {
    const previous = card.trail.at(-1);
    return (
      <main class="popup popup-card">
        <button type="button" class="popup-link" onClick={() => setCard(null)}>‹ {t('popupBackToList')}</button>
        <EntityCard
          preview={{ id: card.id, name: card.details?.entity.name ?? card.id, type: card.details?.entity.type ?? 'concept' }}
          entity={card.details === undefined ? undefined : (card.details?.entity ?? null)}
          related={card.details?.related ?? []}
          headingId="popup-card-heading"
          onSelectRelated={(id) => openCard(id, [...card.trail, card.id])}
          back={previous === undefined ? undefined : { name: previous, onBack: () => openCard(previous, card.trail.slice(0, -1)) }}
          onClose={() => setCard(null)}
        />
      </main>
    );
  }

  const siteOn = settings && host ? !settings.disabledSites.includes(host) : true;
  return (
    <main class="popup">
      <header class="popup-header">
        <h1 class="popup-title">Backstory</h1>
        <Switch
          id="switch-all"
          label={t('popupSwitchAll')}
          checked={settings?.enabled ?? false}
          disabled={settings === null}
          onChange={(next) => void setEnabled(next)}
        />
      </header>
      {host && (
        <Switch
          id="switch-site"
          label={t('popupSwitchSite', host)}
          checked={siteOn}
          disabled={settings === null || !settings.enabled}
          onChange={(next) => void setSite(next)}
        />
      )}
      <PageSummary page={page} settings={settings} onReveal={(entity) => void reveal(entity)} />
      {(page.state === 'none' || (status && !status.active)) && host && settings?.enabled && (
        <div class="popup-annotate">
          <button type="button" class="popup-button" onClick={() => void annotate()} disabled={annotating?.busy === true}>
            {t('popupAnnotate')}
          </button>
          {annotating && <p class="popup-status" role="status">{annotating.message}</p>}
        </div>
      )}
      <Search knowledge={knowledge} onOpen={(id) => openCard(id)} />
      <footer class="popup-footer">
        <button type="button" class="popup-link" onClick={() => void browser.runtime.openOptionsPage()}>{t('popupOptions')}</button>
        {settings && host && !isOnForHost(settings, host) && <span class="popup-status">{t('popupOff')}</span>}
      </footer>
    </main>
  );
}

function Switch(props: { id: string; label: string; checked: boolean; disabled: boolean; onChange: (next: boolean) => void }) {
  return (
    <label class="switch" for={props.id}>
      <span class="switch-label">{props.label}</span>
      <input
        id={props.id}
        type="checkbox"
        role="switch"
        checked={props.checked}
        disabled={props.disabled}
        onChange={(event) => props.onChange((event.currentTarget).checked)}
      />
    </label>
  );
}

function PageSummary({ page, settings, onReveal }: { page: PageState; settings: Settings | null; onReveal: (entity: PageEntity) => void }) {
  if (page.state === 'loading') return null;
  if (page.state === 'none') return <p class="popup-status">{t('popupNoPage')}</p>;
  const { status } = page;
  const verdict = [status.siteName, t(KIND_KEYS[status.kind]), status.reasons.map(reasonLabel).join(', '), status.onRequest ? t('popupOnRequest') : '']
    .filter((part) => part !== '')
    .join(' · ');
  const groups = entityTypes
    .map((type) => ({ type, entities: status.entities.filter((entity) => entity.type === type) }))
    .filter((group) => group.entities.length > 0);
  return (
    <section class="popup-page" aria-labelledby="page-heading">
      <p class="popup-verdict" data-testid="verdict">{verdict}</p>
      {!status.active && (
        <p class="popup-status">{status.kind === 'news' && settings && !settings.annotateNews ? t('popupNewsOff') : t('popupInactive')}</p>
      )}
      {status.active && (
        <>
          <h2 id="page-heading" class="popup-heading">
            {t('popupEntitiesHeading')} <span class="popup-count" data-testid="entity-count">{status.entities.length}</span>
          </h2>
          {groups.length === 0 && <p class="popup-status">{t('popupNoEntities')}</p>}
          <div class="popup-groups">
            {groups.map((group) => (
              <section key={group.type} class="popup-group" aria-label={typeLabel(group.type)}>
                <h3 class="popup-group-title">{typeLabel(group.type)}</h3>
                <ul class="popup-entities">
                  {group.entities.map((entity) => (
                    <li key={entity.id}>
                      <button type="button" class="popup-entity" data-entity={entity.id} onClick={() => onReveal(entity)}>
                        <span class="popup-entity-name">{entity.name}</span>
                        <span class="popup-entity-count">
                          {entity.mentions === 1 ? t('popupMentionOnce') : t('popupMentions', entity.mentions)}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </>
      )}
    </section>
  );
}

function Search({ knowledge, onOpen }: { knowledge: () => Promise<readonly Entity[]>; onOpen: (id: string) => void }) {
  const [query, setQuery] = useState('');
  const [entities, setEntities] = useState<readonly Entity[] | null>(null);
  const loading = useRef(false);
  const load = (): void => {
    if (loading.current) return;
    loading.current = true;
    void knowledge().then(setEntities);
  };
  const hits = useMemo(() => (entities ? searchEntities(entities, query) : []), [entities, query]);
  return (
    <section class="popup-search">
      <label class="popup-search-label" for="search">{t('popupSearchLabel')}</label>
      <input
        id="search"
        type="search"
        class="popup-search-input"
        placeholder={t('popupSearchPlaceholder')}
        value={query}
        autocomplete="off"
        onFocus={load}
        onInput={(event) => {
          load();
          setQuery((event.currentTarget).value);
        }}
      />
      {query.trim() !== '' && entities && (
        hits.length === 0
          ? <p class="popup-status" role="status">{t('popupSearchNone')}</p>
          : (
            <ul class="popup-results" aria-label={t('popupSearchLabel')}>
              {hits.map(({ entity }) => (
                <li key={entity.id}>
                  <button type="button" class="popup-entity" data-entity={entity.id} onClick={() => onOpen(entity.id)}>
                    <span class="popup-entity-name">{entity.name}</span>
                    <span class="popup-entity-count">{typeLabel(entity.type)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )
      )}
    </section>
  );
}
