/**
 * Notices content the page adds after the first pass (lazy paragraphs, in-page navigation) and text it changes
 * (edited paragraphs, live corrections). The observer's
 * callback only queues its records; they are looked at in a later task, batched, so a page that mutates a lot
 * pays almost nothing. Backstory's own mutations are discarded as they are made (see `discardOwnMutations`).
 */

/** How long a burst of page mutations may last before Backstory looks at it. */
const SETTLE_MS = 120;

export interface DomWatcher {
  /** Drops the records of mutations made synchronously just before: call it right after Backstory changes the DOM. */
  discardOwnMutations(): void;
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
  observer.observe(root, { childList: true, characterData: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    queue.length = 0;
  }, { once: true });
  return { discardOwnMutations: () => void observer.takeRecords() };
}
