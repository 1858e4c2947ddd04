/**
 * Annotating a page on the reader's request. The popup's "Annotate this page" and the keyboard command both
 * grant `activeTab` for the tab, which lets `scripting` inject the on-demand content script into any page the
 * manifest does not declare a content script for.
 */
import onDemandScript from '../content/on-demand.ts?script';
import { browser } from '../shared/browser.ts';
import type { Replies } from '../shared/messages.ts';
import { askTab } from '../shared/messaging.ts';

/** Injects the on-demand script into the tab's top frame. */
export async function annotateOnRequest(tabId: number): Promise<Replies['page:annotate']> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [onDemandScript] });
    return { ok: true };
  } catch (error) {
    // Browser pages, the extension stores and PDF viewers refuse scripts: say so rather than fail silently.
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The keyboard command: toggles the page's highlights, or annotates a page Backstory does not run on. */
export async function toggleHighlights(tabId: number): Promise<void> {
  try {
    await askTab(tabId, { type: 'page:toggle' });
  } catch {
    // No Backstory script in this page: the command is the reader's request to annotate it.
    await annotateOnRequest(tabId);
  }
}
