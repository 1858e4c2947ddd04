/**
 * Injected on the reader's request ("Annotate this page" in the popup, or the keyboard command) through
 * `activeTab` + `scripting`, on any page. When Backstory already runs in the page, the part running it
 * annotates on request; otherwise this starts a controller that annotates whatever the page is, using the
 * generic detector for sites no adapter knows.
 */
import { startOnPage } from './controller.ts';
import { claimPage, requestOnPage } from './guard.ts';

if (!requestOnPage() && claimPage()) void startOnPage({ onRequest: true });
