/**
 * Every message Backstory sends, by direction, as discriminated unions on `type`, with the reply each expects.
 * Whatever arrives is checked with the `is...` guards before use: the sender may not be who it claims.
 */
import type { Entity } from '../knowledge/schema.ts';
import type { EntityType } from '../match/types.ts';
import type { PageKind } from '../detect/types.ts';

/** Content script → background. */
export type ContentToBackground = { type: 'entity:get'; id: string };

/** Popup → content script of a tab. */
export type PopupToContent = { type: 'page:status' };

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
  siteName: string;
  kind: PageKind;
  reasons: string[];
  /** False when Backstory is switched off for this page. */
  active: boolean;
  entities: PageEntity[];
}

/** Replies, by message type. */
export interface Replies {
  'entity:get': EntityDetails;
  'page:status': PageStatus;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Guard for messages arriving at the background from content scripts. */
export function isContentToBackground(value: unknown): value is ContentToBackground {
  return isRecord(value) && value.type === 'entity:get' && typeof value.id === 'string' && value.id.length < 200;
}

/** Guard for messages arriving at a content script from the popup. */
export function isPopupToContent(value: unknown): value is PopupToContent {
  return isRecord(value) && value.type === 'page:status';
}
