/**
 * The manifest's `content_scripts`, generated from the site adapters, so that a new site is one file in
 * sites/: pages whose URL says opinion get the whole content script (content/index.ts); the sites' other article
 * pages get the small loader (content/article.ts), which reads the page and the settings before loading more.
 * Every other page gets nothing; the reader can still ask for one through `activeTab`.
 */
import { siteAdapters } from './sites/index.ts';

export interface ContentScriptDeclaration {
  matches: string[];
  exclude_matches?: string[];
  js: string[];
  run_at: 'document_idle' | 'document_start';
}

export function contentScripts(): ContentScriptDeclaration[] {
  const opinion = [...new Set(siteAdapters.flatMap((site) => site.matches.opinion))];
  const articles = [...new Set(siteAdapters.flatMap((site) => site.matches.articles))];
  const declarations: ContentScriptDeclaration[] = [];
  if (opinion.length > 0) {
    // The settings are asked for at document_start, so that they are there when the content script starts.
    declarations.push({ matches: opinion, js: ['src/content/prefetch.iife.ts'], run_at: 'document_start' });
    declarations.push({ matches: opinion, js: ['src/content/index.ts'], run_at: 'document_idle' });
  }
  if (articles.length > 0) {
    declarations.push({
      matches: articles,
      ...(opinion.length > 0 ? { exclude_matches: opinion } : {}),
      js: ['src/content/article.ts'],
      run_at: 'document_idle',
    });
  }
  return declarations;
}
