/** Background entry (service worker in Chrome, event page in Firefox): wires message handlers. */
import entities from 'virtual:backstory/knowledge';
import { browser, type Runtime } from '../shared/browser.ts';
import { isContentToBackground, type EntityDetails } from '../shared/messages.ts';
import { createEntityLookup } from './entity-lookup.ts';

const lookUp = createEntityLookup(entities);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender): Promise<EntityDetails> | undefined => {
  // Only our own content scripts and pages may ask; anything malformed is ignored.
  if (sender.id !== browser.runtime.id || !isContentToBackground(message)) return undefined;
  return Promise.resolve(lookUp(message.id));
});
