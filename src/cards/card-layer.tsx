/**
 * The card layer, loaded on first use: one <backstory-card> host element with a shadow root, a Preact card
 * rendered into it, and Floating UI keeping it beside its highlight and inside the viewport. On narrow screens
 * the card is a bottom sheet instead, and the page scrolls so that the highlight stays visible above it.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import type { EntityDetails } from '../shared/messages.ts';
import type { Theme } from '../shared/settings.ts';
import { EntityCard, type CardMentions, type CardPreview } from './entity-card.tsx';
import css from './card.css?inline';

export const CARD_HOST_TAG = 'backstory-card';
/** Viewports at most this wide (CSS pixels) get the bottom sheet. */
export const SHEET_MAX_WIDTH = 480;

export interface CardLayerOptions {
  /** Fetches an entity's details (from the background). */
  fetchDetails: (id: string) => Promise<EntityDetails>;
  /** Name and type the content script already holds, for an instant first paint. */
  preview: (id: string) => CardPreview | undefined;
  /** The card asked to close (close button). */
  onRequestClose: () => void;
  /** The card asked to move to another highlight (previous/next mention). */
  onNavigate?: (mark: HTMLElement) => void;
  /** The entity's highlights in document order. */
  mentions?: (id: string) => HTMLElement[];
  /** How many times the article mentions the entity. */
  mentionCount?: (id: string) => number;
  /** The reader's theme; `auto` follows `prefers-color-scheme`. */
  theme?: () => Theme;
}

/** A card shown beside a highlight. */
export interface CardLayer {
  readonly host: HTMLElement;
  show(anchor: HTMLElement, entityId: string): void;
  hide(): void;
  /** True while a card is on screen. */
  readonly visible: boolean;
  destroy(): void;
}

let nextHeadingId = 0;

/** Creates the card layer in `document`. Nothing is shown until `show()`. */
export function createCardLayer(document: Document, options: CardLayerOptions): CardLayer {
  const view = document.defaultView ?? window;
  const host = document.createElement(CARD_HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  shadow.append(style, container);
  const headingId = `backstory-card-heading-${nextHeadingId++}`;
  const narrow = view.matchMedia(`(max-width: ${SHEET_MAX_WIDTH}px)`);
  let stopUpdating: (() => void) | null = null;
  let anchor: HTMLElement | null = null;
  let generation = 0;
  /** Entities shown before the current one through "Related", to go back to. */
  let trail: string[] = [];

  const place = (): void => {
    if (!anchor) return;
    const target = anchor;
    void computePosition(target, host, {
      strategy: 'fixed',
      placement: 'bottom-start',
      // inline() places the card by the line box the pointer is on when a highlight wraps across lines; flip()
      // picks the side with room, size() caps the height to it (the card scrolls), shift() slides it sideways.
      // Nothing moves it across the highlight, so the card never covers the word it explains.
      middleware: [
        inline(),
        offset(6),
        flip({ padding: 8, fallbackStrategy: 'bestFit' }),
        size({
          padding: 8,
          apply: ({ availableHeight }) => host.style.setProperty('--available-height', `${Math.floor(availableHeight)}px`),
        }),
        shift({ padding: 8 }),
      ],
    }).then(({ x, y }) => {
      if (anchor !== target) return;
      host.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    });
  };

  /** As a bottom sheet: keep the highlight in view above the sheet. */
  const revealAboveSheet = (target: HTMLElement): void => {
    const sheetTop = host.getBoundingClientRect().top;
    const rect = target.getBoundingClientRect();
    if (rect.bottom > sheetTop - 8) view.scrollBy({ top: rect.bottom - sheetTop + 24, behavior: 'auto' });
    else if (rect.top < 8) view.scrollBy({ top: rect.top - 24, behavior: 'auto' });
  };

  const mentionsOf = (entityId: string, target: HTMLElement): CardMentions | undefined => {
    const count = options.mentionCount?.(entityId) ?? 0;
    if (count === 0) return undefined;
    const marks = options.mentions?.(entityId) ?? [];
    const index = Math.max(0, marks.indexOf(target));
    const go = (step: number) => () => {
      const next = marks[(index + step + marks.length) % marks.length];
      if (next) options.onNavigate?.(next);
    };
    return { count, index, total: marks.includes(target) ? marks.length : 0, onPrevious: go(-1), onNext: go(1) };
  };

  const draw = (entityId: string, details: EntityDetails | undefined): void => {
    const preview = options.preview(entityId) ?? { id: entityId, name: entityId, type: 'concept' as const };
    const previous = trail.at(-1);
    const previousName = previous === undefined ? undefined : (options.preview(previous)?.name ?? previous);
    render(
      <EntityCard
        preview={preview}
        entity={details === undefined ? undefined : (details?.entity ?? null)}
        related={details?.related ?? []}
        headingId={headingId}
        mentions={anchor ? mentionsOf(entityId, anchor) : undefined}
        back={previous === undefined || previousName === undefined ? undefined : {
          name: previousName,
          onBack: () => {
            trail = trail.slice(0, -1);
            if (anchor) display(anchor, previous);
          },
        }}
        onSelectRelated={(id) => {
          if (!anchor) return;
          trail = [...trail, entityId];
          display(anchor, id);
          // Keep keyboard users in the card: focus moves to the new card's heading area.
          shadow.querySelector<HTMLElement>('.card-close')?.focus({ preventScroll: true });
        }}
        onClose={options.onRequestClose}
      />,
      container,
    );
  };

  const applyLayout = (): void => {
    const theme = options.theme?.() ?? 'auto';
    if (theme === 'auto') host.removeAttribute('data-theme');
    else host.setAttribute('data-theme', theme);
    host.toggleAttribute('data-sheet', narrow.matches);
  };

  const display = (target: HTMLElement, entityId: string): void => {
    const current = ++generation;
    anchor = target;
    applyLayout();
    if (!host.isConnected) document.documentElement.append(host);
    draw(entityId, undefined);
    stopUpdating?.();
    stopUpdating = null;
    if (narrow.matches) {
      host.style.transform = '';
      revealAboveSheet(target);
    } else {
      stopUpdating = autoUpdate(target, host, place);
    }
    const settle = (details: EntityDetails): void => {
      if (current !== generation) return;
      draw(entityId, details);
      // The sheet grew with the details: keep the highlight above it.
      if (narrow.matches) revealAboveSheet(target);
    };
    options.fetchDetails(entityId).then(settle, () => settle(null));
  };

  const show = (target: HTMLElement, entityId: string): void => {
    trail = [];
    display(target, entityId);
  };

  const hide = (): void => {
    generation++;
    anchor = null;
    trail = [];
    stopUpdating?.();
    stopUpdating = null;
    render(null, container);
    host.remove();
  };

  return {
    host,
    show,
    hide,
    get visible() {
      return anchor !== null;
    },
    destroy: hide,
  };
}
