/**
 * Every message Backstory sends, by direction, as discriminated unions on `type`, with the reply each expects.
 * Whatever arrives is checked with the `is...` guards before use: the sender may not be who it claims.
 */
import type { Entity } from '../knowledge/schema.ts';
import type { EntityType } from '../match/types.ts';
import type { PageKind } from '../detect/types.ts';

/** Content script → background: an entity's details for a card; the page's entity count for the badge. */
export type ContentToBackground =
  | { type: 'entity:get'; id: string }
  | { type: 'page:count'; count: number };

/** Popup → background: annotate the tab on the reader's request (pages no content script is declared for). */
export type PopupToBackground = { type: 'page:annotate'; tabId: number };

/**
 * Popup or background → content script of a tab: the page's status; reveal an entity's first mention (scroll,
 * flash, open its card); toggle the highlights on this page (the keyboard command).
 */
export type PopupToContent =
  | { type: 'page:status' }
  | { type: 'page:reveal'; id: string }
  | { type: 'page:toggle' };

/** A related entity as a card lists it. */
export interface RelatedEntity {
  id: string;
  name: string;
  type: EntityType;
}

/** Reply to `entity:get`: the entity and the names of its related entities, or null for an unknown id. */
export type EntityDetails = { entity: Entity; related: RelatedEntity[] } | null;

/** One entity found on a page, with how often it is mentioned. */
export interface PageEntity {
  id: string;
  name: string;
  type: EntityType;
  mentions: number;
}

/** Reply to `page:status`. */
export interface PageStatus {
  /** Site adapter id, or `generic`. */
  site: string;
  siteName: string;
  /** The page's host name, for the per-site switch. */
  host: string;
  kind: PageKind;
  reasons: string[];
  /** True when the page is annotated because the reader asked, not because it is a supported op-ed. */
  onRequest: boolean;
  /** False when Backstory is switched off for this page (globally, for the site, or by the keyboard command). */
  active: boolean;
  entities: PageEntity[];
}

/** Replies, by message type. */
export interface Replies {
  'entity:get': EntityDetails;
  'page:count': undefined;
  'page:annotate': { ok: true } | { ok: false; error: string };
  'page:status': PageStatus;
  'page:reveal': boolean;
  'page:toggle': { active: boolean };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Guard for messages arriving at the background from content scripts. */
export function isContentToBackground(value: unknown): value is ContentToBackground {
  if (!isRecord(value)) return false;
  if (value.type === 'entity:get') return typeof value.id === 'string' && value.id.length < 200;
  if (value.type === 'page:count') return Number.isInteger(value.count) && (value.count as number) >= 0;
  return false;
}

/** Guard for messages arriving at the background from the popup. */
export function isPopupToBackground(value: unknown): value is PopupToBackground {
  return isRecord(value) && value.type === 'page:annotate' && Number.isInteger(value.tabId);
}

/** Guard for messages arriving at a content script from the popup or the background. */
export function isPopupToContent(value: unknown): value is PopupToContent {
  if (!isRecord(value)) return false;
  if (value.type === 'page:status' || value.type === 'page:toggle') return true;
  return value.type === 'page:reveal' && typeof value.id === 'string' && value.id.length < 200;
}
