/**
 * What Backstory costs in bytes: the content-script JavaScript a page actually loads (observed in the browser,
 * gzipped from dist/chrome), on an op-ed and on a page it leaves alone, and the knowledge data it carries.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import { toMatchIndex } from '../../src/knowledge/match-index.ts';
import { KNOWLEDGE_DIR, loadKnowledge } from '../../src/knowledge/read-data.ts';
import { CHROME_DIST } from '../support/chromium.ts';
import type { BenchPage } from './pages.ts';
import { waitForAnnotated } from './trace.ts';

/** The extension scripts one page loaded. */
export interface LoadedScripts {
  /** Paths inside dist/chrome, in load order. */
  files: string[];
  /** Code: every loaded file but the knowledge data. */
  bytes: number;
  gzipBytes: number;
  /** Knowledge data: the compiled matcher's chunk (assets/matcher-data-*.js), when loaded. */
  dataBytes: number;
  dataGzipBytes: number;
}

/** The chunk that holds the compiled matcher and the entities' ids, names and types (see vite.config.ts). */
const DATA_CHUNK = /^assets\/matcher-data-[^/]+\.js$/;

export interface Sizes {
  contentScript: { oped: LoadedScripts; other: LoadedScripts };
  /** The match index (ids, names, types, surface forms) as JSON: what the content script would carry uncompiled. */
  matchIndexBytes: number;
  matchIndexGzipBytes: number;
  /** Every knowledge data file in src/knowledge/data/, summaries and facts included. */
  knowledgeFilesBytes: number;
  knowledgeFilesGzipBytes: number;
}

function gzipSize(data: Buffer | string): number {
  return gzipSync(data, { level: 9 }).length;
}

/**
 * Loads `page` in the extension's browser with the debugger on, and lists the chrome-extension:// scripts the
 * page parsed (the content script entry and whatever it imported). `settle` waits until it has finished.
 */
async function loadedExtensionScripts(context: BrowserContext, page: BenchPage, settle: 'annotated' | 'started'): Promise<LoadedScripts> {
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  const urls: string[] = [];
  cdp.on('Debugger.scriptParsed', ({ url }) => {
    if (url.startsWith('chrome-extension://') && !urls.includes(url)) urls.push(url);
  });
  await cdp.send('Debugger.enable');
  await tab.goto(page.url, { timeout: 60_000 });
  if (settle === 'annotated') {
    await waitForAnnotated(tab);
  } else {
    await tab.waitForFunction(() => performance.getEntriesByName('backstory:start').length > 0, undefined, { timeout: 15_000 });
    // Anything the entry imports lazily would arrive now: give it time to show up.
    await tab.waitForTimeout(1_000);
  }
  await cdp.send('Debugger.disable');
  await tab.close();
  if (urls.length === 0) throw new Error(`No extension script was seen on ${page.url}`);
  const files = urls.map((url) => decodeURIComponent(new URL(url).pathname).replace(/^\//, ''));
  const sizes = { files, bytes: 0, gzipBytes: 0, dataBytes: 0, dataGzipBytes: 0 };
  for (const file of files) {
    const path = join(CHROME_DIST, file);
    if (!existsSync(path)) throw new Error(`${file} was loaded but is not in dist/chrome: was it rebuilt meanwhile? Rerun.`);
    const content = readFileSync(path);
    if (DATA_CHUNK.test(file)) {
      sizes.dataBytes += content.length;
      sizes.dataGzipBytes += gzipSize(content);
    } else {
      sizes.bytes += content.length;
      sizes.gzipBytes += gzipSize(content);
    }
  }
  return sizes;
}

/** Every size figure; `opEd` and `other` are pages served at their real URLs. */
export async function measureSizes(context: BrowserContext, opEd: BenchPage, other: BenchPage): Promise<Sizes> {
  const oped = await loadedExtensionScripts(context, opEd, 'annotated');
  const otherScripts = await loadedExtensionScripts(context, other, 'started');
  const matchIndex = JSON.stringify(toMatchIndex(loadKnowledge().entities));
  const dataFiles = readdirSync(KNOWLEDGE_DIR).filter((name) => name.endsWith('.json')).map((name) => join(KNOWLEDGE_DIR, name));
  return {
    contentScript: { oped, other: otherScripts },
    matchIndexBytes: Buffer.byteLength(matchIndex),
    matchIndexGzipBytes: gzipSize(matchIndex),
    knowledgeFilesBytes: dataFiles.reduce((sum, path) => sum + statSync(path).size, 0),
    knowledgeFilesGzipBytes: dataFiles.reduce((sum, path) => sum + gzipSize(readFileSync(path)), 0),
  };
}
