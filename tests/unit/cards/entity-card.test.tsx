// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { EntityCard, type EntityCardProps } from '../../../src/cards/entity-card.tsx';
import type { Entity } from '../../../src/knowledge/schema.ts';
import { useLocale } from '../../support/i18n.ts';

const leiJun: Entity = {
  id: 'lei-jun',
  name: 'Lei Jun',
  type: 'person',
  nativeNames: { 'zh-Hant': '雷軍', 'zh-Hans': '雷军' },
  aliases: [],
  role: { title: 'Founder of Xiaomi', since: '2010-04-06' },
  summary: 'Chinese entrepreneur who founded Xiaomi.',
  facts: [
    { text: 'He founded Xiaomi in 2010.', source: 'https://www.mi.com/global/about/' },
    { text: 'He unveiled the Xring O1 in 2025.', source: 'https://example.org/xring' },
  ],
  related: ['xiaomi'],
  lastReviewed: '2026-11-24',
};

function renderCard(overrides: Partial<EntityCardProps> = {}): { root: HTMLElement; props: EntityCardProps } {
  const root = document.createElement('div');
  document.body.append(root);
  const props: EntityCardProps = {
    preview: { id: 'lei-jun', name: 'Lei Jun', type: 'person' },
    entity: leiJun,
    related: [{ id: 'xiaomi', name: 'Xiaomi Corp', type: 'company' }],
    headingId: 'heading-1',
    onSelectRelated: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
  void act(() => {
    render(<EntityCard {...props} />, root);
  });
  return { root, props };
}

describe('EntityCard', () => {
  it('shows name, native names, type, role, summary, sourced facts, related entities and review date', () => {
    const { root } = renderCard();
    const dialog = root.querySelector('[role="dialog"]');
    expect(dialog?.getAttribute('aria-labelledby')).toBe('heading-1');
    expect(root.querySelector('#heading-1')?.firstChild?.textContent).toBe('Lei Jun');
    const natives = [...root.querySelectorAll('.card-native')];
    expect(natives.map((span) => [span.getAttribute('lang'), span.textContent])).toEqual([['zh-Hant', '雷軍'], ['zh-Hans', '雷军']]);
    expect(root.querySelector('.card-type')?.textContent).toBe('Person');
    expect(root.querySelector('.card-role')?.textContent).toBe('Founder of Xiaomi since 2010-04-06');
    expect(root.querySelector('.card-summary')?.textContent).toBe(leiJun.summary);
    const sources = [...root.querySelectorAll('a.card-source')];
    expect(sources.map((link) => link.getAttribute('href'))).toEqual(leiJun.facts.map((fact) => fact.source));
    expect(sources.map((link) => link.textContent)).toEqual(['mi.com', 'example.org']);
    for (const link of sources) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(root.querySelector('.card-chip')?.textContent).toBe('Xiaomi Corp');
    expect(root.querySelector('.card-footer')?.textContent).toContain('2026-11-24');
  });

  it('calls back when a related entity or the close button is activated', () => {
    const { root, props } = renderCard();
    void act(() => {
      (root.querySelector('.card-chip') as HTMLButtonElement).click();
    });
    expect(props.onSelectRelated).toHaveBeenCalledWith('xiaomi');
    void act(() => {
      (root.querySelector('.card-close') as HTMLButtonElement).click();
    });
    expect(props.onClose).toHaveBeenCalledOnce();
  });

  it('shows the preview while loading and a tidy note when details are missing', () => {
    const loading = renderCard({ entity: undefined, related: [] }).root;
    expect(loading.querySelector('#heading-1')?.textContent).toBe('Lei Jun');
    expect(loading.querySelector('.card-loading')?.textContent).toBe('Loading…');
    const missing = renderCard({ entity: null, related: [] }).root;
    expect(missing.querySelector('.card-loading')?.textContent).toContain('No details');
    expect(missing.querySelector('.card-facts')).toBeNull();
  });

  it('shows how often the article mentions the entity, and moves between its highlights', () => {
    const onPrevious = vi.fn();
    const onNext = vi.fn();
    const { root } = renderCard({ mentions: { count: 4, index: 1, total: 3, onPrevious, onNext } });
    const bar = root.querySelector('.card-mentions');
    expect(bar?.textContent).toContain('Mentioned 4 times in this article');
    expect(root.querySelector('.card-mention-position')?.textContent).toBe('Mention 2 of 3');
    const [previous, next] = [...root.querySelectorAll<HTMLButtonElement>('.card-nav')];
    expect(previous?.getAttribute('aria-label')).toBe('Previous mention');
    void act(() => previous?.click());
    void act(() => next?.click());
    expect(onPrevious).toHaveBeenCalledOnce();
    expect(onNext).toHaveBeenCalledOnce();
    const once = renderCard({ mentions: { count: 1, index: 0, total: 1, onPrevious, onNext } }).root;
    expect(once.querySelector('.card-mentions')?.textContent).toBe('Mentioned once in this article');
    expect(once.querySelector('.card-nav')).toBeNull();
  });

  it('offers a way back after following a related entity', () => {
    const onBack = vi.fn();
    const { root } = renderCard({ back: { name: 'Xiaomi Corp', onBack } });
    const back = root.querySelector<HTMLButtonElement>('.card-back');
    expect(back?.textContent).toContain('Back to Xiaomi Corp');
    void act(() => back?.click());
    expect(onBack).toHaveBeenCalledOnce();
  });

  it('gives a role that has ended its term, not a "since"', () => {
    const tsai: Entity = { ...leiJun, role: { title: 'President of the Republic of China (Taiwan)', since: '2016-05-20', until: '2024' } };
    const { root } = renderCard({ entity: tsai });
    expect(root.querySelector('.card-role')?.textContent).toBe('President of the Republic of China (Taiwan) 2016-05-20 to 2024');
    useLocale('zh_TW');
    try {
      const { root: chinese } = renderCard({ entity: tsai });
      expect(chinese.querySelector('.card-since')?.textContent).toBe('2016-05-20 至 2024');
    } finally {
      useLocale('en');
    }
  });

  it('speaks Traditional Chinese when the browser does', () => {
    useLocale('zh_TW');
    try {
      const { root } = renderCard({ mentions: { count: 3, index: 0, total: 3, onPrevious: vi.fn(), onNext: vi.fn() } });
      expect(root.querySelector('.card-type')?.textContent).toBe('人物');
      expect(root.querySelector('.card-mentions span')?.textContent).toBe('本文提及 3 次');
      expect(root.querySelector('.card-close')?.getAttribute('aria-label')).toBe('關閉卡片');
    } finally {
      useLocale('en');
    }
  });
});
