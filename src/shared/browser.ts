/**
 * The one import of webextension-polyfill: every other module takes `browser` from here, so the promise-based
 * API is the same in Chrome and Firefox.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Storage, Tabs } from 'webextension-polyfill';
