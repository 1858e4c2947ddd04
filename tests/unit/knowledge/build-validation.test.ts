import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { knowledgePlugin } from '../../../src/knowledge/vite-plugin.ts';

const root = mkdtempSync(join(tmpdir(), 'backstory-kb-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs a real Vite build of an entry that imports the match index, with `entities` as the knowledge data. */
async function buildWith(entities: unknown[]): Promise<string> {
  const dir = join(root, `data-${Math.random().toString(36).slice(2)}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'test.json'), JSON.stringify(entities));
  writeFileSync(join(root, 'entry.js'), "import index from 'virtual:backstory/match-index'; console.log(index);\n");
  const output = await build({
    root,
    logLevel: 'silent',
    configFile: false,
    plugins: [knowledgePlugin({ dir })],
    build: { write: false, lib: { entry: join(root, 'entry.js'), formats: ['es'], fileName: 'out' } },
  });
  return JSON.stringify(output).slice(0, 20_000);
}

const entity = {
  id: 'ait',
  name: 'American Institute in Taiwan',
  type: 'organization',
  aliases: ['AIT'],
  summary: 'The body through which the US keeps unofficial relations with Taiwan.',
  facts: [
    { text: 'It was set up under the Taiwan Relations Act.', source: 'https://www.ait.org.tw/' },
    { text: 'Its main office is in Taipei.', source: 'https://www.ait.org.tw/our-relationship/' },
  ],
  related: [],
  lastReviewed: '2026-11-24',
};

describe('the build', () => {
  it('bundles a valid knowledge file', async () => {
    expect(await buildWith([entity])).toContain('American Institute in Taiwan');
  });

  it('fails on a malformed entry, naming the entity and the field', async () => {
    const broken = { ...entity, facts: [{ text: 'No source at all' }, entity.facts[1]] };
    await expect(buildWith([broken])).rejects.toThrow(/entity "ait" \(#1\): field facts\.0\.source/);
  });
});
