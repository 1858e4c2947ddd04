// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchDom } from '../../../src/content/dom-watcher.ts';

describe('watchDom', () => {
  const stop = new AbortController();
  afterEach(() => stop.abort());

  it('reports added nodes once per burst, later, not inside the observer callback', async () => {
    const onChange = vi.fn();
    watchDom(document.body, onChange, stop.signal);
    for (let i = 0; i < 5; i++) document.body.append(document.createElement('p'));
    await Promise.resolve();
    expect(onChange).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledOnce(), { timeout: 1_000 });
  });

  it('ignores the mutations made through it, and stops when aborted', async () => {
    const onChange = vi.fn();
    const own = new AbortController();
    const watcher = watchDom(document.body, onChange, own.signal);
    const made = watcher.unobserved(() => document.body.appendChild(document.createElement('p')));
    expect(made.isConnected).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(onChange).not.toHaveBeenCalled();
    // Still watching afterwards.
    document.body.append(document.createElement('p'));
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledOnce(), { timeout: 1_000 });
    onChange.mockClear();
    own.abort();
    document.body.append(document.createElement('p'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('watchDom and its own changes', () => {
  it('keeps the page changes made before its own, even when they were not delivered yet', async () => {
    const stop = new AbortController();
    const onChange = vi.fn();
    const watcher = watchDom(document.body, onChange, stop.signal);
    const pageParagraph = document.createElement('p');
    document.body.append(pageParagraph);
    watcher.unobserved(() => document.body.append(document.createElement('div')));
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledOnce(), { timeout: 1_000 });
    expect(onChange).toHaveBeenCalledWith({ added: true, edited: [] });
    stop.abort();
  });

  it('leaves nothing observed once stopped, even through unobserved', async () => {
    const stop = new AbortController();
    const onChange = vi.fn();
    const watcher = watchDom(document.body, onChange, stop.signal);
    stop.abort();
    watcher.unobserved(() => document.body.append(document.createElement('p')));
    document.body.append(document.createElement('p'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('watchDom and edited text', () => {
  it('reports text the page changes, with the changed node', async () => {
    const stop = new AbortController();
    const paragraph = document.createElement('p');
    paragraph.textContent = 'TSMC and AIT.';
    document.body.append(paragraph);
    const onChange = vi.fn();
    watchDom(document.body, onChange, stop.signal);
    (paragraph.firstChild as Text).data = 'Intel and AIT.';
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledOnce(), { timeout: 1_000 });
    expect(onChange).toHaveBeenCalledWith({ added: false, edited: [paragraph.firstChild] });
    stop.abort();
  });
});
