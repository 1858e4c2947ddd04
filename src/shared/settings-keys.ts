/**
 * The storage keys of the settings, apart from their declarations, so that the document_start prefetch script
 * (content/prefetch.iife.ts) stays a few hundred bytes. settings.ts checks that this list matches its declarations.
 */
export const storedSettingKeys = [
  'enabled', 'disabledSites', 'mentionMode', 'highlightStyle', 'entityTypes', 'hoverDelay', 'theme', 'annotateNews',
  'settingsVersion',
];

/** Where the prefetch script leaves its pending read for the content script. */
export const PREFETCH_KEY = Symbol.for('backstory.settings-prefetch');
