import { siteAdapters } from './sites/index.ts';
import type { PageVerdict, SiteAdapter, UrlVerdict } from './types.ts';

/** The adapter serving `hostname`, if any. */
export function adapterForHost(hostname: string): SiteAdapter | undefined {
  const host = hostname.toLowerCase();
  return siteAdapters.find((site) => site.hosts.includes(host));
}

/** Classifies a page from its URL alone: cheap enough for every page load, reads no DOM. */
export function detectFromUrl(href: string): UrlVerdict | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const site = adapterForHost(url.hostname);
  if (!site) return null;
  return { site: site.id, siteName: site.name, ...site.classifyUrl(url) };
}

/**
 * Classifies a page from its URL, then cross-checks an op-ed verdict against the DOM: the page must have the
 * site's article template, or it is called 'other' and gets no region.
 */
export function detectPage(href: string, document: Document): PageVerdict | null {
  const verdict = detectFromUrl(href);
  if (!verdict) return null;
  if (verdict.kind !== 'op-ed') return { ...verdict, region: null };
  const site = adapterForHost(new URL(href).hostname);
  const region = site?.findRegion(document) ?? null;
  if (!region) return { ...verdict, kind: 'other', reasons: [...verdict.reasons, 'no article found in the page'], region: null };
  return { ...verdict, reasons: [...verdict.reasons, 'article template'], region };
}
