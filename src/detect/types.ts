/** What a page is, as far as annotation is concerned. */
export type PageKind = 'op-ed' | 'news' | 'index' | 'other';

/** A kind and the signals that decided it, in words a reader understands ("URL section", "author bio"). */
export interface Classification {
  kind: PageKind;
  reasons: string[];
}

/**
 * A decision from the URL alone, made before the DOM is read. `article` means the URL is an article's but does not
 * say whether it is opinion: the page itself decides (The Diplomat, for one, files every article under the date).
 */
export interface UrlClassification {
  kind: PageKind | 'article';
  reasons: string[];
}

export interface UrlVerdict extends UrlClassification {
  /** Id of the site adapter that recognised the host, or `generic`. */
  site: string;
  /** Display name of the site ("Taipei Times"). */
  siteName: string;
}

/** The parts of a page that get annotated. */
export interface ArticleRegion {
  /** Block elements of the article body, in document order. */
  body: Element[];
  /** Block elements of related-story teasers shown with the article. */
  teasers: Element[];
}

/** A full verdict: the URL's, cross-checked against the DOM, with the region to annotate when it is an article. */
export interface PageVerdict extends Classification {
  site: string;
  siteName: string;
  /** The article region for op-eds and news articles; null for other kinds or when no article was found. */
  region: ArticleRegion | null;
}

/** A saved page of the site's real template, in tests/fixtures/<site id>/, with what detection must say of it. */
export interface SiteExamples {
  /** URLs the adapter must call op-eds from the URL alone (or `article` for sites whose URLs do not say). */
  opEd: readonly string[];
  /** URLs the adapter must not call op-eds. */
  notOpEd: readonly string[];
}

/** One supported publisher. Each lives in its own file in sites/ and is listed in sites/index.ts. */
export interface SiteAdapter {
  id: string;
  name: string;
  /** Host names served by this site, exactly as in `location.hostname`. */
  hosts: readonly string[];
  /**
   * Match patterns (manifest syntax) of the pages the content script is declared for. `opinion`: pages whose
   * URL already says op-ed (they get the whole content script at once). `articles`: the site's other article
   * pages, where a small loader reads the page and the settings first (news articles are annotated only when
   * the reader asks for them; sites whose URLs do not say opinion are decided by the page).
   */
  matches: { opinion: readonly string[]; articles: readonly string[] };
  /** Classifies a URL of this site without touching the DOM. */
  classifyUrl(url: URL): UrlClassification;
  /** Classifies the page from its URL and its DOM; the reasons include the URL's. */
  classifyPage(document: Document, url: URL): Classification;
  /** Finds the article region, or null when the page's DOM does not have the article template. */
  findRegion(document: Document): ArticleRegion | null;
  examples: SiteExamples;
}
