/**
 * Declared at document_start on pages whose URL says op-ed (the same patterns as the opinion entry, which runs
 * at document_idle): it asks storage for the settings while the page is still loading, so the answer is
 * there when the content script starts instead of costing it a round trip to the browser. It does nothing else.
 */
import { PREFETCH_KEY, storedSettingKeys } from '../shared/settings-keys.ts';

const scope = globalThis as { [PREFETCH_KEY]?: Promise<Record<string, unknown>> };
const api = (globalThis as unknown as { chrome: { storage: { sync: { get(keys: string[]): Promise<Record<string, unknown>> } } } }).chrome;
scope[PREFETCH_KEY] ??= api.storage.sync.get(storedSettingKeys);
