// @vitest-environment happy-dom
import matchIndex from 'virtual:backstory/match-index';
import { describe, expect, it } from 'vitest';
import { Annotator, annotateBlocks } from '../../../src/content/annotate.ts';
import { detectPage } from '../../../src/detect/detect.ts';
import { Matcher } from '../../../src/match/matcher.ts';
import type { MatchEntry } from '../../../src/match/types.ts';
import { loadPage, opEdFixtures } from '../../support/fixtures.ts';

const entries: MatchEntry[] = [
  { id: 'tsmc', name: 'TSMC', type: 'company', patterns: ['Taiwan Semiconductor Manufacturing Co', 'TSMC'] },
  { id: 'ait', name: 'AIT', type: 'organization', patterns: ['AIT'] },
  { id: 'lei-jun', name: 'Lei Jun', type: 'person', patterns: ['Lei Jun', '雷軍'] },
];
const matcher = new Matcher(entries);

function blockOf(html: string): HTMLElement {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  return document.getElementById('root') as HTMLElement;
}

const marksOf = (root: Element): string[] =>
  [...root.querySelectorAll('backstory-mark')].map((mark) => `${(mark as HTMLElement).dataset.entity}:${mark.textContent}`);

describe('annotateBlocks', () => {
  it('wraps a name split across inline elements in one mark, without changing the text', async () => {
    const root = blockOf('<p>Made by Taiwan <em>Semiconductor</em> Manufacturing Co’s fabs.</p>');
    const before = root.innerHTML;
    const text = root.textContent;
    const annotation = await annotateBlocks([root], { matcher, mode: 'first' });
    expect(root.textContent).toBe(text);
    expect(root.querySelector('backstory-mark')?.innerHTML).toBe('Taiwan <em>Semiconductor</em> Manufacturing Co');
    annotation.remove();
    expect(root.innerHTML).toBe(before);
  });

  it('uses one mark per text node when a name starts inside an element and ends outside it', async () => {
    const root = blockOf('<p>the <a href="#">Taiwan Semiconductor</a> Manufacturing Co plant</p>');
    const before = root.innerHTML;
    const annotation = await annotateBlocks([root], { matcher, mode: 'first' });
    const marks = [...root.querySelectorAll('backstory-mark')];
    expect(marks.map((mark) => mark.textContent)).toEqual(['Taiwan Semiconductor', ' Manufacturing Co']);
    expect(marks[1]?.getAttribute('data-part')).toBe('continuation');
    annotation.remove();
    expect(root.innerHTML).toBe(before);
  });

  it('never matches across blocks, or inside skipped or editable elements', async () => {
    const root = blockOf(
      '<div>Lei</div><div>Jun</div><p><code>TSMC</code> <textarea>TSMC</textarea> <span contenteditable="true">AIT</span>' +
        ' <button>AIT</button> <script>var TSMC = 1;</script></p>',
    );
    const annotation = await annotateBlocks([root], { matcher, mode: 'every' });
    expect(marksOf(root)).toEqual([]);
    expect(annotation.mentionCounts.size).toBe(0);
  });

  it('highlights first mentions only by default, and counts every mention', async () => {
    const root = blockOf('<p>TSMC and AIT.</p><p>TSMC again, then AIT and TSMC.</p>');
    const annotation = await annotateBlocks([root], { matcher, mode: 'first' });
    expect(marksOf(root)).toEqual(['tsmc:TSMC', 'ait:AIT']);
    expect(Object.fromEntries(annotation.mentionCounts)).toEqual({ tsmc: 3, ait: 2 });
  });

  it('restores the exact DOM with several marks in one text node and adjacent text nodes kept apart', async () => {
    const root = blockOf('<p>TSMC, AIT and 雷軍 met TSMC.</p>');
    const paragraph = root.querySelector('p') as HTMLElement;
    paragraph.append(document.createTextNode(' AIT'), document.createTextNode(' again'));
    const nodesBefore = [...paragraph.childNodes];
    const before = root.innerHTML;
    const annotation = await annotateBlocks([root], { matcher, mode: 'every' });
    expect(marksOf(root)).toEqual(['tsmc:TSMC', 'ait:AIT', 'lei-jun:雷軍', 'tsmc:TSMC', 'ait:AIT']);
    annotation.remove();
    annotation.remove();
    expect(root.innerHTML).toBe(before);
    expect([...paragraph.childNodes]).toEqual(nodesBefore);
  });

  it('makes marks focusable buttons that open a dialog, except inside links', async () => {
    const root = blockOf('<p>TSMC</p><p><a href="/x">AIT</a></p>');
    await annotateBlocks([root], { matcher, mode: 'first' });
    const [outside, inside] = [...root.querySelectorAll('backstory-mark')] as HTMLElement[];
    expect(outside?.getAttribute('tabindex')).toBe('0');
    expect(outside?.getAttribute('role')).toBe('button');
    expect(outside?.getAttribute('aria-haspopup')).toBe('dialog');
    expect(outside?.getAttribute('aria-expanded')).toBe('false');
    expect(inside?.hasAttribute('tabindex')).toBe(false);
    expect(inside?.hasAttribute('role')).toBe(false);
  });

  it('changes nothing when run twice over the same blocks', async () => {
    const root = blockOf('<p>TSMC and AIT.</p><p>Lei Jun too.</p>');
    const annotator = new Annotator({ matcher, mode: 'every' });
    await annotator.annotate([...root.children]);
    const once = root.innerHTML;
    await annotator.annotate([...root.children]);
    expect(root.innerHTML).toBe(once);
    expect(Object.fromEntries(annotator.mentionCounts)).toEqual({ tsmc: 1, ait: 1, 'lei-jun': 1 });
  });

  it('leaves a run alone when the page changed its text between reading and wrapping', async () => {
    const root = blockOf('<p>TSMC and AIT.</p>');
    const annotator = new Annotator({ matcher, mode: 'every' });
    const pass = annotator.annotate([...root.children]);
    (root.querySelector('p')?.firstChild as Text).data = 'Changed: AIT only.';
    await pass;
    // Matching is synchronous in the first slice here, so the run was read before the change and is skipped.
    expect(root.querySelectorAll('backstory-mark')).toHaveLength(0);
    expect(root.textContent).toBe('Changed: AIT only.');
  });

  it('keeps an edit the page made to a highlighted word when it removes the highlight', async () => {
    const root = blockOf('<p>Ask TSMC today.</p>');
    const annotation = await annotateBlocks([...root.children], { matcher, mode: 'first' });
    const mark = root.querySelector('backstory-mark');
    expect(mark?.textContent).toBe('TSMC');
    (mark?.firstChild as Text).data = 'Intel';
    annotation.remove();
    expect(root.innerHTML).toBe('<p>Ask Intel today.</p>');
    expect(root.querySelector('p')?.childNodes).toHaveLength(1);
  });

  it('stops and undoes its work when aborted', async () => {
    const root = blockOf('<p>TSMC</p>');
    const before = root.innerHTML;
    const stop = new AbortController();
    stop.abort();
    const annotation = await annotateBlocks([root], { matcher, mode: 'first', signal: stop.signal });
    expect(annotation.highlights).toEqual([]);
    expect(root.innerHTML).toBe(before);
  });

  it.each(opEdFixtures())('annotates $name with exactly its expected highlights and restores it exactly', async ({ file, expected }) => {
    const page = loadPage(file, expected.url);
    const before = page.documentElement.outerHTML;
    const verdict = detectPage(expected.url, page);
    const region = verdict?.region;
    if (!region) throw new Error('the sample op-ed has no region');
    const annotation = await annotateBlocks([...region.body, ...region.teasers], { matcher: new Matcher(matchIndex), mode: 'first' });
    const found = [...page.querySelectorAll('backstory-mark:not([data-part])')].map((mark) => ({
      entity: (mark as HTMLElement).dataset.entity,
      text: mark.textContent,
    }));
    expect(found).toEqual(expected.highlights);
    annotation.remove();
    expect(page.documentElement.outerHTML).toBe(before);
  });
});
