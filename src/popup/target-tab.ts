import { browser } from '../shared/browser.ts';

/** The tab the popup speaks about. */
export interface TargetTab {
  id: number;
  /** The tab's URL when the browser shares it (the open popup grants activeTab), else undefined. */
  url: string | undefined;
}

/**
 * The tab the popup speaks about: the active tab of the current window, or the tab named by `?tab=ID` when the
 * popup page is opened in a tab of its own (as the end-to-end tests and keyboard-only users may do).
 */
export async function findTargetTab(): Promise<TargetTab | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) {
    const tab = await browser.tabs.get(fromQuery).catch(() => undefined);
    return { id: fromQuery, url: tab?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
}
