/**
 * Background entry (service worker in Chrome, event page in Firefox): answers cards' requests for entity
 * details, keeps the toolbar badge (the number of entities on the tab's page), runs the keyboard command, and
 * annotates a page on the reader's request through `activeTab` + `scripting`.
 */
import entities from 'virtual:backstory/knowledge';
import { browser, type Runtime } from '../shared/browser.ts';
import { readSettings } from '../shared/settings-storage.ts';
import { isContentToBackground, isPopupToBackground, type Replies } from '../shared/messages.ts';
import { badgeText } from './badge.ts';
import { createEntityLookup } from './entity-lookup.ts';
import { annotateOnRequest, toggleHighlights } from './on-request.ts';

const lookUp = createEntityLookup(entities);

// Stored settings are brought up to the current format here, once, when Backstory is installed or updated
// (reading them writes the migrated values back), rather than by whichever tab happens to read them first.
browser.runtime.onInstalled.addListener(() => void readSettings());

void browser.action.setBadgeBackgroundColor({ color: '#8a3a0c' }).catch(() => undefined);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
  // Only our own content scripts and pages may ask; anything malformed is ignored.
  if (sender.id !== browser.runtime.id) return undefined;
  if (isContentToBackground(message)) {
    if (message.type === 'entity:get') return Promise.resolve(lookUp(message.id) satisfies Replies['entity:get']);
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0) return Promise.resolve(undefined);
    return browser.action.setBadgeText({ tabId, text: badgeText(message.count) }).then(() => undefined, () => undefined);
  }
  // Only the extension's own pages (the popup, also when opened in a tab) may ask to inject; never a content script.
  if (isPopupToBackground(message) && sender.url?.startsWith(browser.runtime.getURL('')) === true) {
    return annotateOnRequest(message.tabId) satisfies Promise<Replies['page:annotate']>;
  }
  return undefined;
});

// A page that navigates away takes its count with it; the new page reports its own.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
});

browser.commands.onCommand.addListener((command, tab) => {
  if (command === 'toggle-highlights' && tab?.id !== undefined) void toggleHighlights(tab.id);
});
