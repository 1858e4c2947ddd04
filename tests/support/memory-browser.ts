/**
 * An in-memory stand-in for the parts of the extension API that the popup and options components use:
 * `storage.sync` with change events, messages to tabs and to the background, and the options page. Component
 * tests replace src/shared/browser.ts with it; everything between the component and storage is the real code.
 */
type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

export interface MemoryBrowser {
  store: Record<string, unknown>;
  /** Replies of the tab's content script, by message type; a missing type rejects like a tab without one. */
  tabReplies: Record<string, unknown>;
  sentToTab: unknown[];
  sentToBackground: unknown[];
  backgroundReplies: Record<string, unknown>;
  optionsOpened: number;
  browser: unknown;
}

export function createMemoryBrowser(): MemoryBrowser {
  const listeners = new Set<Listener>();
  const state: MemoryBrowser = {
    store: {},
    tabReplies: {},
    sentToTab: [],
    sentToBackground: [],
    backgroundReplies: {},
    optionsOpened: 0,
    browser: undefined,
  };
  const pick = (keys: string[] | string | null | undefined): Record<string, unknown> => {
    if (keys === null || keys === undefined) return structuredClone(state.store);
    const list = typeof keys === 'string' ? [keys] : keys;
    return Object.fromEntries(list.filter((key) => key in state.store).map((key) => [key, structuredClone(state.store[key])]));
  };
  state.browser = {
    storage: {
      sync: {
        get: (keys?: string[] | string | null) => Promise.resolve(pick(keys)),
        set: (values: Record<string, unknown>) => {
          const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
          for (const [key, value] of Object.entries(values)) {
            changes[key] = { oldValue: state.store[key], newValue: value };
            state.store[key] = structuredClone(value);
          }
          queueMicrotask(() => {
            for (const listener of listeners) listener(changes, 'sync');
          });
          return Promise.resolve();
        },
      },
      onChanged: {
        addListener: (listener: Listener) => listeners.add(listener),
        removeListener: (listener: Listener) => listeners.delete(listener),
      },
    },
    tabs: {
      sendMessage: (_tabId: number, message: { type: string }) => {
        state.sentToTab.push(message);
        return message.type in state.tabReplies
          ? Promise.resolve(structuredClone(state.tabReplies[message.type]))
          : Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
      },
      query: () => Promise.resolve([{ id: 7, url: 'https://www.taipeitimes.com/News/editorials/archives/2025/06/05/1' }]),
      get: (id: number) => Promise.resolve({ id, url: 'https://www.taipeitimes.com/News/editorials/archives/2025/06/05/1' }),
    },
    runtime: {
      sendMessage: (message: { type: string }) => {
        state.sentToBackground.push(message);
        return Promise.resolve(structuredClone(state.backgroundReplies[message.type]));
      },
      openOptionsPage: () => {
        state.optionsOpened++;
        return Promise.resolve();
      },
    },
  };
  return state;
}
