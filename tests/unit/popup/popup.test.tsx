// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Entity } from '../../../src/knowledge/schema.ts';
import type { PageStatus } from '../../../src/shared/messages.ts';
import { createMemoryBrowser } from '../../support/memory-browser.ts';

const fake = vi.hoisted((): { current: unknown } => ({ current: undefined }));
vi.mock('../../../src/shared/browser.ts', () => ({ get browser() { return fake.current; } }));

const { Popup } = await import('../../../src/popup/popup.tsx');

const entities: Entity[] = [
  { id: 'tsmc', name: 'Taiwan Semiconductor Manufacturing Co', type: 'company', aliases: ['TSMC'], summary: 'Chipmaker.', facts: [{ text: 'A.', source: 'https://example.org/a' }, { text: 'B.', source: 'https://example.org/b' }], related: [], lastReviewed: '2026-11-24' },
  { id: 'lai-ching-te', name: 'Lai Ching-te', type: 'person', nativeNames: { 'zh-Hant': '賴清德' }, aliases: [], summary: 'President.', facts: [{ text: 'A.', source: 'https://example.org/c' }, { text: 'B.', source: 'https://example.org/d' }], related: ['tsmc'], lastReviewed: '2026-11-24' },
];

const status: PageStatus = {
  site: 'taipei-times', siteName: 'Taipei Times', host: 'www.taipeitimes.com', kind: 'op-ed',
  reasons: ['URL section: Editorials', 'byline'], onRequest: false, active: true,
  entities: [
    { id: 'tsmc', name: 'TSMC', type: 'company', mentions: 3 },
    { id: 'lai-ching-te', name: 'Lai Ching-te', type: 'person', mentions: 1 },
  ],
};

let memory: ReturnType<typeof createMemoryBrowser>;
let root: HTMLElement;

beforeEach(() => {
  memory = createMemoryBrowser();
  fake.current = memory.browser;
  document.body.innerHTML = '<div id="root"></div>';
  root = document.getElementById('root') as HTMLElement;
});

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

async function show(): Promise<void> {
  const knowledge = () => Promise.resolve(entities);
  const lookUp = (id: string) => Promise.resolve({ entity: entities.find((entity) => entity.id === id) as Entity, related: [] });
  await act(() => {
    render(<Popup tab={Promise.resolve({ id: 7, url: 'https://www.taipeitimes.com/News/editorials/archives/2025/06/05/1' })} knowledge={knowledge} lookUp={lookUp} />, root);
  });
  await settle();
}

describe('Popup', () => {
  it('shows the verdict, the entities grouped by type with their counts, and both switches on', async () => {
    memory.tabReplies['page:status'] = status;
    await show();
    expect(root.querySelector('[data-testid="verdict"]')?.textContent).toBe('Taipei Times · op-ed · URL section: Editorials, byline');
    expect([...root.querySelectorAll('.popup-group-title')].map((title) => title.textContent)).toEqual(['Person', 'Company']);
    expect(root.querySelector('[data-entity="tsmc"]')?.textContent).toBe('TSMC3 mentions');
    expect(root.querySelector('[data-entity="lai-ching-te"]')?.textContent).toBe('Lai Ching-te1 mention');
    expect((root.querySelector('#switch-all') as HTMLInputElement).checked).toBe(true);
    expect((root.querySelector('#switch-site') as HTMLInputElement).checked).toBe(true);
    expect(root.textContent).not.toContain('Annotate this page');
  });

  it('asks the page to reveal an entity when it is activated', async () => {
    memory.tabReplies['page:status'] = status;
    memory.tabReplies['page:reveal'] = true;
    await show();
    await act(() => (root.querySelector('[data-entity="tsmc"]') as HTMLButtonElement).click());
    await settle();
    expect(memory.sentToTab).toContainEqual({ type: 'page:reveal', id: 'tsmc' });
  });

  it('switches the site off, keeping other sites off as they were', async () => {
    memory.store.disabledSites = ['thediplomat.com'];
    memory.tabReplies['page:status'] = status;
    await show();
    await act(() => (root.querySelector('#switch-site') as HTMLInputElement).click());
    await settle();
    expect(memory.store.disabledSites).toEqual(['thediplomat.com', 'www.taipeitimes.com']);
    expect((root.querySelector('#switch-site') as HTMLInputElement).checked).toBe(false);
  });

  it('offers to annotate a page Backstory does not run on, and reports a refusal', async () => {
    memory.backgroundReplies['page:annotate'] = { ok: false, error: 'Cannot access a chrome:// URL' };
    await show();
    expect(root.textContent).toContain('Backstory does not run on this page.');
    const button = [...root.querySelectorAll('button')].find((element) => element.textContent === 'Annotate this page');
    expect(button).toBeDefined();
    await act(() => button?.click());
    await settle();
    expect(memory.sentToBackground).toContainEqual({ type: 'page:annotate', tabId: 7 });
    expect(root.textContent).toContain('This page cannot be annotated: Cannot access a chrome:// URL');
  });

  it('searches the whole knowledge file and opens a card for a result', async () => {
    await show();
    const input = root.querySelector('#search') as HTMLInputElement;
    await act(() => {
      input.dispatchEvent(new Event('focus'));
      input.value = 'lai';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await settle();
    const results = [...root.querySelectorAll('.popup-results .popup-entity')];
    expect(results.map((result) => result.getAttribute('data-entity'))).toEqual(['lai-ching-te']);
    await act(() => (results[0] as HTMLButtonElement).click());
    await settle();
    expect(root.querySelector('.card-name')?.textContent).toContain('Lai Ching-te');
    expect(root.querySelector('.card-summary')?.textContent).toBe('President.');
  });

  it('opens the options page', async () => {
    await show();
    const link = [...root.querySelectorAll('button')].find((element) => element.textContent === 'Options');
    await act(() => link?.click());
    expect(memory.optionsOpened).toBe(1);
  });
});
