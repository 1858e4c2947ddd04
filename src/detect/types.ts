/** What a page is, as far as annotation is concerned. */
export type PageKind = 'op-ed' | 'news' | 'index' | 'other';

/** A decision from the URL alone, made before the DOM is read. */
export interface UrlVerdict {
  /** Id of the site adapter that recognised the host. */
  site: string;
  /** Display name of the site ("Taipei Times"). */
  siteName: string;
  kind: PageKind;
  /** The signals that decided it, in words a reader understands ("URL section"). */
  reasons: string[];
}

/** The parts of a page that get annotated. */
export interface ArticleRegion {
  /** Block elements of the article body, in document order. */
  body: Element[];
  /** Block elements of related-story teasers shown with the article. */
  teasers: Element[];
}

/** A full verdict: the URL's, cross-checked against the DOM, with the region to annotate when it qualifies. */
export interface PageVerdict extends UrlVerdict {
  region: ArticleRegion | null;
}

/** One supported publisher. Each lives in its own file in sites/ and is listed in sites/index.ts. */
export interface SiteAdapter {
  id: string;
  name: string;
  /** Host names served by this site, exactly as in `location.hostname`. */
  hosts: readonly string[];
  /** Classifies a URL of this site without touching the DOM. */
  classifyUrl(url: URL): { kind: PageKind; reasons: string[] };
  /** Finds the article region, or null when the page's DOM does not have the article template. */
  findRegion(document: Document): ArticleRegion | null;
  /** URLs the adapter must call op-eds, and URLs it must not, for its tests. */
  examples: { opEd: readonly string[]; notOpEd: readonly string[] };
}
