import { classifyGeneric } from './generic.ts';
import { densestRegion } from './signals.ts';
import { siteAdapters } from './sites/index.ts';
import type { PageVerdict, SiteAdapter, UrlVerdict } from './types.ts';

/** The verdicts' site for pages no adapter knows. */
export const GENERIC_SITE = { id: 'generic', name: 'Other site' } as const;

/** The adapter serving `hostname`, if any. */
export function adapterForHost(hostname: string): SiteAdapter | undefined {
  const host = hostname.toLowerCase();
  return siteAdapters.find((site) => site.hosts.includes(host));
}

function parseWebUrl(href: string): URL | null {
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** Classifies a page of a supported site from its URL alone: cheap enough for every page load, reads no DOM. */
export function detectFromUrl(href: string): UrlVerdict | null {
  const url = parseWebUrl(href);
  const site = url && adapterForHost(url.hostname);
  if (!url || !site) return null;
  return { site: site.id, siteName: site.name, ...site.classifyUrl(url) };
}

/** Options of `detectPage`. */
export interface DetectOptions {
  /**
   * Also classify pages of sites no adapter knows, with the generic fallback (the reader asked for this page).
   * Without it, such pages get null.
   */
  generic?: boolean;
  /**
   * Read the page's own signals (byline, author bio…) for the reasons even when the URL already decided the
   * kind. True by default; the content script passes false on its fast path and asks again when the popup wants
   * the reasons, which spares the page a few milliseconds of pattern matching at start.
   */
  explain?: boolean;
}

/**
 * Classifies a page from its URL and its DOM, with the signals that decided it, and finds the article region of
 * op-eds and news articles. A page whose template has no article is called 'other' and gets no region.
 */
export function detectPage(href: string, document: Document, options: DetectOptions = {}): PageVerdict | null {
  const url = parseWebUrl(href);
  if (!url) return null;
  const site = adapterForHost(url.hostname);
  if (!site) {
    if (!options.generic) return null;
    return { site: GENERIC_SITE.id, siteName: GENERIC_SITE.name, ...classifyGeneric(document, url) };
  }
  const byUrl = options.explain === false ? site.classifyUrl(url) : null;
  const { kind, reasons } = byUrl && byUrl.kind !== 'article' ? { kind: byUrl.kind, reasons: byUrl.reasons } : site.classifyPage(document, url);
  const base = { site: site.id, siteName: site.name };
  if (kind !== 'op-ed' && kind !== 'news') return { ...base, kind, reasons, region: null };
  const region = site.findRegion(document);
  if (!region) return { ...base, kind: 'other', reasons: [...reasons, 'no article found in the page'], region: null };
  return { ...base, kind, reasons, region };
}

/**
 * The region to annotate when the reader asked for this page explicitly: the verdict's, or else the densest
 * text on the page (a page the classifier calls 'other' may still hold an article worth reading).
 */
export function regionOnRequest(verdict: PageVerdict | null, document: Document): PageVerdict['region'] {
  if (verdict?.region) return verdict.region;
  const body = densestRegion(document);
  return body ? { body, teasers: [] } : null;
}

/** A verdict in one line, as the popup and the scan tool show it: "Taipei Times · op-ed · URL section, byline". */
export function describeVerdict(verdict: Pick<PageVerdict, 'siteName' | 'kind' | 'reasons'>): string {
  return [verdict.siteName, verdict.kind, verdict.reasons.join(', ')].filter((part) => part !== '').join(' · ');
}
