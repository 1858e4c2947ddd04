import { browser } from '../shared/browser.ts';

/**
 * The tab the popup speaks about: the active tab of the current window, or the tab named by `?tab=ID` when the
 * popup page is opened in a tab of its own (as the end-to-end tests and keyboard-only users may do).
 */
export async function findTargetTab(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
