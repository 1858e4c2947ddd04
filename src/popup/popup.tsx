import { useEffect, useState } from 'preact/hooks';
import type { PageStatus } from '../shared/messages.ts';
import { askTab } from '../shared/messaging.ts';
import { readSettings, writeSetting } from '../shared/settings-storage.ts';

export interface PopupProps {
  /** Resolves to the tab this popup speaks about. */
  tabId: Promise<number | undefined>;
}

/** What the popup knows about the page: still asking, an answer, or no Backstory on that page. */
type PageState = { state: 'loading' } | { state: 'status'; status: PageStatus } | { state: 'none' };

async function askPage(tabId: number | undefined): Promise<PageState> {
  if (tabId === undefined) return { state: 'none' };
  try {
    const status: PageStatus | undefined = await askTab(tabId, { type: 'page:status' });
    return status ? { state: 'status', status } : { state: 'none' };
  } catch {
    return { state: 'none' }; // no content script there: not a page Backstory annotates
  }
}

/** The toolbar popup: the global switch and what Backstory found on the current page. */
export function Popup({ tabId }: PopupProps) {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [page, setPage] = useState<PageState>({ state: 'loading' });

  const refresh = async (): Promise<void> => setPage(await askPage(await tabId));

  useEffect(() => {
    void readSettings().then((settings) => setEnabled(settings.enabled));
    void refresh();
  }, []);

  const toggle = async (): Promise<void> => {
    const next = !enabled;
    setEnabled(next);
    await writeSetting('enabled', next);
    await refresh();
  };

  return (
    <main class="popup">
      <header class="popup-header">
        <h1 class="popup-title">Backstory</h1>
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={enabled === true}
            disabled={enabled === null}
            onChange={() => void toggle()}
            aria-describedby="switch-help"
          />
          <span>{enabled === false ? 'Off' : 'On'}</span>
        </label>
      </header>
      <p id="switch-help" class="popup-help">Highlights on every op-ed page</p>
      <PageSummary page={page} />
    </main>
  );
}

function PageSummary({ page }: { page: PageState }) {
  if (page.state === 'loading') return <p class="popup-status">Looking at this page…</p>;
  if (page.state === 'none') return <p class="popup-status">Backstory does not annotate this page.</p>;
  const { status } = page;
  const count = status.entities.length;
  return (
    <section class="popup-page" aria-live="polite">
      <p class="popup-verdict">
        {status.siteName} · {status.kind} · {status.reasons.join(', ')}
      </p>
      <p class="popup-count" data-testid="entity-count">
        {status.active ? `${count} ${count === 1 ? 'entity' : 'entities'} on this page` : 'Highlights are off'}
      </p>
      {status.active && count > 0 && (
        <ul class="popup-entities">
          {status.entities.map((entity) => (
            <li key={entity.id}>
              <span class="popup-entity-name">{entity.name}</span>
              <span class="popup-entity-count">×{entity.mentions}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
