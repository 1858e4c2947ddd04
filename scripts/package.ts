/**
 * `npm run package`: zips the Chrome and Firefox builds in dist/ into store-ready archives, manifest.json at the
 * root of each.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

const dist = new URL('../dist/', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

function filesOf(dir: string, root = dir, into: Zippable = {}): Zippable {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) filesOf(path, root, into);
    else into[relative(root, path)] = readFileSync(path);
  }
  return into;
}

for (const browser of ['chrome', 'firefox']) {
  const files = filesOf(join(dist, browser));
  if (!('manifest.json' in files)) throw new Error(`dist/${browser} has no manifest.json: run npm run build first`);
  const zip = zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
  const out = join(dist, `backstory-${browser}-${version}.zip`);
  writeFileSync(out, zip);
  console.log(`${relative(process.cwd(), out)}  ${Object.keys(files).length} files, ${(zip.length / 1024).toFixed(1)} KiB`);
}
