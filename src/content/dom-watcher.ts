/**
 * Notices content the page adds after the first pass (lazy paragraphs, in-page navigation) and text it changes
 * (edited paragraphs, live corrections). The observer's
 * callback only queues its records; they are looked at in a later task, batched, so a page that mutates a lot
 * pays almost nothing. Backstory's own mutations are made with the observer off (see `unobserved`).
 */

/** How long a burst of page mutations may last before Backstory looks at it. */
const SETTLE_MS = 120;

export interface DomWatcher {
  /**
   * Runs `change`, Backstory's own synchronous DOM changes, with the observer off: they leave no records at all
   * (cheaper than recording thousands of splits and insertions to drop them), while the page's changes made
   * before it are kept. Nothing of the page's can run in between, `change` being synchronous.
   */
  unobserved<T>(change: () => T): T;
}

/** What changed in a burst of page mutations. */
export interface DomChange {
  /** Nodes were added somewhere under the root. */
  added: boolean;
  /** Nodes whose text changed, or that lost children: the places where text already read may be stale. */
  edited: Node[];
}

/**
 * Calls `onChange` (in a later task, at most once per burst) when nodes are added under `root` or text under it
 * changes, until `signal` aborts.
 */
export function watchDom(root: Node, onChange: (change: DomChange) => void, signal: AbortSignal): DomWatcher {
  const queue: MutationRecord[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = (): void => {
    timer = undefined;
    const added = queue.some((record) => record.addedNodes.length > 0);
    const edited = [...new Set(queue
      .filter((record) => record.type === 'characterData' || record.removedNodes.length > 0)
      .map((record) => record.target))];
    queue.length = 0;
    if ((added || edited.length > 0) && !signal.aborted) onChange({ added, edited });
  };
  const observer = new MutationObserver((records) => {
    queue.push(...records);
    if (timer === undefined) timer = setTimeout(flush, SETTLE_MS);
  });
  const options: MutationObserverInit = { childList: true, characterData: true, subtree: true };
  observer.observe(root, options);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    queue.length = 0;
  }, { once: true });
  return {
    unobserved(change) {
      if (signal.aborted) return change();
      const pending = observer.takeRecords();
      if (pending.length > 0) {
        queue.push(...pending);
        timer ??= setTimeout(flush, SETTLE_MS);
      }
      observer.disconnect();
      try {
        return change();
      } finally {
        if (!signal.aborted) observer.observe(root, options);
      }
    },
  };
}
