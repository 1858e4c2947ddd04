// @vitest-environment node
/**
 * The classifier over every saved page: each must get its expected kind, reasons and article region, and each
 * site adapter needs at least one op-ed and one other page. Prints the confusion table (expected × detected).
 */
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../src/detect/detect.ts';
import { siteAdapters } from '../../../src/detect/sites/index.ts';
import { isKnownReason } from '../../../src/shared/reasons.ts';
import type { PageKind } from '../../../src/detect/types.ts';
import { classifiedFixtures, loadPage } from '../../support/fixtures.ts';

const KINDS: PageKind[] = ['op-ed', 'news', 'index', 'other'];
const fixtures = classifiedFixtures();

function confusionTable(rows: Array<{ expected: PageKind; detected: PageKind | 'none' }>): string {
  const columns = [...KINDS, 'none'] as const;
  const cell = (text: string | number): string => String(text).padStart(8);
  const lines = [`${'expected \\ detected'.padEnd(20)}${columns.map(cell).join('')}`];
  for (const expected of KINDS) {
    const counts = columns.map((detected) => rows.filter((row) => row.expected === expected && row.detected === detected).length);
    lines.push(`${expected.padEnd(20)}${counts.map(cell).join('')}`);
  }
  const right = rows.filter((row) => row.expected === row.detected).length;
  lines.push(`${right}/${rows.length} classified correctly`);
  return lines.join('\n');
}

describe('classification of every saved page', () => {
  const rows: Array<{ expected: PageKind; detected: PageKind | 'none' }> = [];

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', (_name, fixture) => {
    const document = loadPage(fixture.file, fixture.expect.url);
    const verdict = detectPage(fixture.expect.url, document, { generic: true });
    rows.push({ expected: fixture.expect.kind, detected: verdict?.kind ?? 'none' });
    expect(verdict?.site).toBe(fixture.site);
    expect(verdict?.kind).toBe(fixture.expect.kind);
    expect(verdict?.reasons).toEqual(expect.arrayContaining(fixture.expect.reasons ?? []));
    // Every reason has its message in the locale files, so the popup can say it in the reader's language.
    for (const reason of verdict?.reasons ?? []) expect(isKnownReason(reason), reason).toBe(true);
    const region = verdict?.region ?? null;
    if (fixture.expect.kind === 'op-ed' || fixture.expect.kind === 'news') {
      expect(region, 'an article must have a region').not.toBeNull();
      const body = region?.body ?? [];
      const text = (element: Element | undefined): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (fixture.expect.body) {
        expect(text(body[0])).toMatch(new RegExp(`^${escape(fixture.expect.body.first)}`));
        expect(text(body.at(-1))).toMatch(new RegExp(`^${escape(fixture.expect.body.last)}`));
        expect(body).toHaveLength(fixture.expect.body.count);
      }
      if (fixture.expect.teasers !== undefined) expect(region?.teasers).toHaveLength(fixture.expect.teasers);
      const regionText = [...body, ...(region?.teasers ?? [])].map(text).join('\n');
      for (const outside of fixture.expect.notInRegion ?? []) expect(regionText).not.toContain(outside);
      // Blocks never nest: annotating one must not walk into another.
      for (const block of body) expect(body.some((other) => other !== block && other.contains(block))).toBe(false);
    } else {
      expect(region).toBeNull();
    }
  });

  it('covers every site adapter with an op-ed and a page that is not one', () => {
    for (const site of siteAdapters) {
      const kinds = fixtures.filter((fixture) => fixture.site === site.id).map((fixture) => fixture.expect.kind);
      expect(kinds, site.id).toContain('op-ed');
      expect(kinds.some((kind) => kind !== 'op-ed'), `${site.id} needs a page that is not an op-ed`).toBe(true);
    }
  });

  it('prints the confusion table', () => {
    const table = confusionTable(rows);
    console.log(`\nPage classification over ${rows.length} saved pages\n${table}`);
    expect(rows).toHaveLength(fixtures.length);
  });
});

function escape(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
