/**
 * The card layer, loaded on first use: one <backstory-card> host element with a shadow root, a Preact card
 * rendered into it, and Floating UI keeping it beside its highlight and inside the viewport.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import type { EntityDetails } from '../shared/messages.ts';
import { EntityCard, type CardPreview } from './entity-card.tsx';
import css from './card.css?inline';

export const CARD_HOST_TAG = 'backstory-card';

export interface CardLayerOptions {
  /** Fetches an entity's details (from the background). */
  fetchDetails: (id: string) => Promise<EntityDetails>;
  /** Name and type the content script already holds, for an instant first paint. */
  preview: (id: string) => CardPreview | undefined;
  /** The card asked to close (close button). */
  onRequestClose: () => void;
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
  const host = document.createElement(CARD_HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  shadow.append(style, container);
  const headingId = `backstory-card-heading-${nextHeadingId++}`;
  let stopUpdating: (() => void) | null = null;
  let anchor: HTMLElement | null = null;
  let generation = 0;

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

  const draw = (entityId: string, details: EntityDetails | undefined): void => {
    const preview = options.preview(entityId) ?? { id: entityId, name: entityId, type: 'concept' as const };
    render(
      <EntityCard
        preview={preview}
        entity={details === undefined ? undefined : (details?.entity ?? null)}
        related={details?.related ?? []}
        headingId={headingId}
        onSelectRelated={(id) => anchor && show(anchor, id)}
        onClose={options.onRequestClose}
      />,
      container,
    );
  };

  const show = (target: HTMLElement, entityId: string): void => {
    const current = ++generation;
    anchor = target;
    if (!host.isConnected) document.documentElement.append(host);
    draw(entityId, undefined);
    stopUpdating?.();
    stopUpdating = autoUpdate(target, host, place);
    options.fetchDetails(entityId).then(
      (details) => current === generation && draw(entityId, details),
      () => current === generation && draw(entityId, null),
    );
  };

  const hide = (): void => {
    generation++;
    anchor = null;
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
