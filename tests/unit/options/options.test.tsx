// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryBrowser } from '../../support/memory-browser.ts';

const fake = vi.hoisted((): { current: unknown } => ({ current: undefined }));
vi.mock('../../../src/shared/browser.ts', () => ({ get browser() { return fake.current; } }));

const { Options } = await import('../../../src/options/options.tsx');

let memory: ReturnType<typeof createMemoryBrowser>;
let root: HTMLElement;

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

beforeEach(async () => {
  memory = createMemoryBrowser();
  fake.current = memory.browser;
  document.body.innerHTML = '<div id="root"></div>';
  root = document.getElementById('root') as HTMLElement;
  await act(() => {
    render(<Options />, root);
  });
  await settle();
});

const input = (selector: string): HTMLInputElement => {
  const element = root.querySelector<HTMLInputElement>(selector);
  if (!element) throw new Error(`no ${selector}`);
  return element;
};

async function importFile(text: string): Promise<void> {
  const file = new File([text], 'settings.json', { type: 'application/json' });
  const picker = input('input[type="file"]');
  Object.defineProperty(picker, 'files', { value: [file], configurable: true });
  await act(() => {
    picker.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

describe('Options', () => {
  it('shows every setting at its default', () => {
    expect(input('input[name="highlightStyle"][value="underline"]').checked).toBe(true);
    expect(input('input[name="mentionMode"][value="first"]').checked).toBe(true);
    expect(root.querySelectorAll('input[name="entityTypes"]:checked')).toHaveLength(10);
    expect(input('input[name="hoverDelay"]').value).toBe('250');
    expect(input('input[name="theme"][value="auto"]').checked).toBe(true);
    expect(input('input[name="annotateNews"]').checked).toBe(false);
    expect(root.textContent).toContain('No site is switched off.');
  });

  it('saves each change as it is made', async () => {
    await act(() => input('input[name="highlightStyle"][value="tint"]').click());
    await act(() => input('input[name="mentionMode"][value="every"]').click());
    await act(() => input('input[name="entityTypes"][value="concept"]').click());
    await act(() => input('input[name="annotateNews"]').click());
    await act(() => input('input[name="theme"][value="dark"]').click());
    const delay = input('input[name="hoverDelay"]');
    await act(() => {
      delay.value = '600';
      delay.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(memory.store).toMatchObject({ highlightStyle: 'tint', mentionMode: 'every', annotateNews: true, theme: 'dark', hoverDelay: 600 });
    expect(memory.store.entityTypes).not.toContain('concept');
    expect(memory.store.entityTypes).toHaveLength(9);
  });

  it('edits the list of sites switched off, refusing what is not a host name', async () => {
    const field = input('#new-site');
    const submit = async (text: string): Promise<void> => {
      await act(() => {
        field.value = text;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await act(() => {
        root.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      });
      await settle();
    };
    await submit('https://TheDiplomat.com/2025/06/x');
    expect(memory.store.disabledSites).toEqual(['thediplomat.com']);
    await submit('not a host!');
    expect(memory.store.disabledSites).toEqual(['thediplomat.com']);
    expect(root.querySelector('[data-testid="notice"]')?.textContent).toContain('Not a host name: not a host!');
    await act(() => (root.querySelector('button[aria-label="Switch thediplomat.com back on"]') as HTMLButtonElement).click());
    await settle();
    expect(memory.store.disabledSites).toEqual([]);
  });

  it('imports a valid file, and refuses a malformed one without changing anything, saying why', async () => {
    memory.store.theme = 'dark';
    await importFile('{"backstorySettings": 2, "theme": "sepia", "speed": 3}');
    const notice = root.querySelector('[data-testid="notice"]')?.textContent ?? '';
    expect(notice).toContain('Nothing was changed');
    expect(notice).toContain('invalid value for "theme": "sepia"');
    expect(notice).toContain('unknown setting "speed"');
    expect(memory.store.theme).toBe('dark');
    await importFile('{"backstorySettings": 2, "theme": "light", "disabledSites": ["a.example"]}');
    expect(root.querySelector('[data-testid="notice"]')?.textContent).toBe('Settings imported.');
    expect(memory.store).toMatchObject({ theme: 'light', disabledSites: ['a.example'] });
  });
});
