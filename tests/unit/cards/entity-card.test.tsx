// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { EntityCard, type EntityCardProps } from '../../../src/cards/entity-card.tsx';
import type { Entity } from '../../../src/knowledge/schema.ts';

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
    expect(root.querySelector('#heading-1')?.textContent).toBe('Lei Jun雷軍 · 雷军');
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
});
