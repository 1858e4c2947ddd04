/**
 * Opens and closes background cards from highlights, with one set of delegated listeners on the document.
 *
 * - Mouse: the card opens after a hover-intent delay and stays open while the pointer is on the highlight or
 *   the card, closing a little after it leaves both.
 * - Keyboard: focusing a highlight opens its card; Enter or Space pins it open; Escape closes it, leaving
 *   focus where it was (back on the highlight when it was inside the card).
 * - Touch and click: a tap opens and pins the card; a tap anywhere else closes it. Inside a link, the first tap
 *   opens the card and a second one follows the link.
 *
 * The card UI (Preact, Floating UI) is imported on first use only.
 */
import type { CardLayer } from '../cards/card-layer.tsx';
import type { CardPreview } from '../cards/entity-card.tsx';
import type { EntityDetails } from '../shared/messages.ts';
import type { Theme } from '../shared/settings.ts';
import { MARK_TAG } from './highlighter.ts';

export const HOVER_DELAY_MS = 250;
export const CLOSE_DELAY_MS = 300;

export interface CardTriggerOptions {
  fetchDetails: (id: string) => Promise<EntityDetails>;
  preview: (id: string) => CardPreview | undefined;
  /** The hover-intent delay in milliseconds (the reader's setting, read at each hover). */
  hoverDelay?: () => number;
  /** The card theme (the reader's setting). */
  theme?: () => Theme;
  /** The highlights of an entity in document order, for the card's previous/next mention buttons. */
  mentions?: (id: string) => HTMLElement[];
  /** How many times the article mentions an entity (highlighted or not). */
  mentionCount?: (id: string) => number;
}

/** What the trigger offers its owner. */
export interface CardTrigger {
  /** Opens the card of `mark` (pinned: it stays until Escape, a tap elsewhere or the close button). */
  open(mark: HTMLElement, pin: boolean): void;
}

/** Installs the listeners on `document`; aborting `signal` removes them and any open card. */
export function installCardTrigger(document: Document, options: CardTriggerOptions, signal: AbortSignal): CardTrigger {
  let layer: CardLayer | null = null;
  let loading: Promise<CardLayer> | null = null;
  let openMark: HTMLElement | null = null;
  let pinned = false;
  let returningFocus = false;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;

  const markOf = (target: EventTarget | null): HTMLElement | null =>
    target instanceof Element ? target.closest<HTMLElement>(MARK_TAG) : null;
  const inCard = (target: EventTarget | null): boolean => layer !== null && target === layer.host;

  const getLayer = (): Promise<CardLayer> => {
    loading ??= import('../cards/card-layer.tsx').then(({ createCardLayer }) => {
      layer = createCardLayer(document, {
        ...options,
        onRequestClose: () => close(),
        onNavigate: (mark) => {
          mark.scrollIntoView({ block: 'center', behavior: 'auto' });
          open(mark, true);
        },
      });
      return layer;
    });
    return loading;
  };

  const cancelTimers = (): void => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
  };

  const open = (mark: HTMLElement, pin: boolean): void => {
    cancelTimers();
    const entityId = mark.dataset.entity;
    if (!entityId) return;
    if (openMark && openMark !== mark) openMark.setAttribute('aria-expanded', 'false');
    openMark = mark;
    pinned = pin || (pinned && openMark === mark);
    if (mark.hasAttribute('aria-expanded')) mark.setAttribute('aria-expanded', 'true');
    void getLayer().then((cards) => {
      if (openMark === mark && !signal.aborted) cards.show(mark, entityId);
    });
  };

  const close = (): void => {
    cancelTimers();
    const focusWasInCard = layer !== null && document.activeElement === layer.host;
    if (openMark?.hasAttribute('aria-expanded')) openMark.setAttribute('aria-expanded', 'false');
    const returnTo = openMark;
    openMark = null;
    pinned = false;
    layer?.hide();
    if (focusWasInCard && returnTo?.tabIndex === 0) {
      // Focus goes back to the highlight without reopening its card (focusin fires synchronously).
      returningFocus = true;
      returnTo.focus({ preventScroll: true });
      returningFocus = false;
    }
  };

  const scheduleClose = (): void => {
    clearTimeout(openTimer);
    if (!openMark || pinned) return;
    clearTimeout(closeTimer);
    closeTimer = setTimeout(close, CLOSE_DELAY_MS);
  };

  const listen = <K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void): void =>
    document.addEventListener(type, handler, { capture: true, signal });

  listen('pointerover', (event) => {
    if (event.pointerType !== 'mouse') return;
    if (inCard(event.target)) {
      clearTimeout(closeTimer);
      return;
    }
    const mark = markOf(event.target);
    if (!mark) return;
    clearTimeout(closeTimer);
    if (mark === openMark) return;
    clearTimeout(openTimer);
    openTimer = setTimeout(() => open(mark, false), options.hoverDelay?.() ?? HOVER_DELAY_MS);
  });

  listen('pointerout', (event) => {
    if (event.pointerType !== 'mouse') return;
    const from = inCard(event.target) ? 'card' : markOf(event.target) ? 'mark' : null;
    if (!from) return;
    const to = event.relatedTarget;
    if (inCard(to) || (from === 'mark' && markOf(to) === markOf(event.target))) return;
    scheduleClose();
  });

  listen('focusin', (event) => {
    if (inCard(event.target)) {
      clearTimeout(closeTimer);
      return;
    }
    const mark = markOf(event.target);
    if (mark && mark.tabIndex === 0 && mark !== openMark && !returningFocus) open(mark, false);
  });

  listen('focusout', (event) => {
    const leaving = markOf(event.target) ?? (inCard(event.target) ? openMark : null);
    if (!leaving || inCard(event.relatedTarget) || markOf(event.relatedTarget) === openMark) return;
    scheduleClose();
  });

  /** The card's links and buttons, in order. */
  const cardItems = (): HTMLElement[] =>
    [...(layer?.host.shadowRoot?.querySelectorAll<HTMLElement>('a[href], button:not([disabled])') ?? [])];

  /**
   * Tab from a highlight whose card is open goes into the card (it sits at the end of the document, out of the
   * article's tab order); Shift+Tab from its first item comes back to the highlight; Tab past its last item
   * closes it and returns to the highlight, from where Tab goes on through the article.
   */
  const moveFocus = (event: KeyboardEvent): boolean => {
    if (!openMark || !layer?.visible) return false;
    const items = cardItems();
    const first = items[0];
    if (!first) return false;
    if (!inCard(event.target)) {
      if (event.shiftKey || markOf(event.target) !== openMark) return false;
      pinned = true;
      first.focus();
      return true;
    }
    const current = layer.host.shadowRoot?.activeElement as HTMLElement | null;
    const index = current ? items.indexOf(current) : -1;
    const mark = openMark;
    if (event.shiftKey && index === 0) {
      returningFocus = true;
      mark.focus({ preventScroll: true });
      returningFocus = false;
      return true;
    }
    if (!event.shiftKey && index === items.length - 1) {
      close();
      returningFocus = true;
      mark.focus({ preventScroll: true });
      returningFocus = false;
      return true;
    }
    return false;
  };

  listen('keydown', (event) => {
    if (event.key === 'Escape' && openMark) {
      close();
      return;
    }
    if (event.key === 'Tab' && moveFocus(event)) {
      event.preventDefault();
      return;
    }
    const mark = markOf(event.target);
    if (mark && (event.key === 'Enter' || event.key === ' ') && mark.tabIndex === 0) {
      event.preventDefault();
      open(mark, true);
    }
  });

  listen('click', (event) => {
    if (inCard(event.target)) return;
    const mark = markOf(event.target);
    if (!mark) {
      if (openMark) close();
      return;
    }
    const inLink = mark.closest('a[href]') !== null;
    if (inLink && openMark === mark) return; // second tap: let the link work
    event.preventDefault();
    open(mark, true);
  });

  signal.addEventListener('abort', () => {
    close();
    layer?.destroy();
  }, { once: true });
  return { open };
}
