/**
 * Injected on the reader's request ("Annotate this page" in the popup, or the keyboard command) through
 * `activeTab` + `scripting`, on any page. When Backstory already runs in the page, the part running it
 * annotates on request; otherwise this starts a controller that annotates whatever the page is, using the
 * generic detector for sites no adapter knows.
 *
 * The injected loader imports this module and then calls `onExecute`. A module runs its body once per page,
 * so the work is in `onExecute`, which runs on every injection: asking twice must work twice.
 */
import { startOnPage } from './controller.ts';
import { claimPage, requestOnPage } from './guard.ts';

export function onExecute(): void {
  if (!requestOnPage() && claimPage()) void startOnPage({ onRequest: true });
}
