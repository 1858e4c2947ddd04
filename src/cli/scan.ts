/**
 * `npm run scan -- <saved-page.html> --url <URL> [--json]`: what Backstory sees in a saved page, for editors of
 * the knowledge file. Prints the page kind and why, the article region, each entity found with its surface
 * text, and the capitalised names and acronyms in the article that the knowledge file does not know. It runs
 * the extension's own detection (src/detect) and matching (src/match) on a DOM built by happy-dom.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { collectTextRuns } from '../content/text-runs.ts';
import { adapterForHost, describeVerdict, detectPage, regionOnRequest } from '../detect/detect.ts';
import { toMatchIndex } from '../knowledge/match-index.ts';
import { loadKnowledge } from '../knowledge/read-data.ts';
import { Matcher } from '../match/matcher.ts';
import { MentionResolver } from '../match/resolve.ts';
import { unknownNames } from './unknown-names.ts';

// `npm run -s scan … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

function usage(message: string): never {
  console.error(`${message}\nusage: npm run scan -- <saved-page.html> --url <URL> [--json]`);
  process.exit(2);
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const urlIndex = args.indexOf('--url');
const url = urlIndex >= 0 ? args[urlIndex + 1] : undefined;
const file = args.find((arg, index) => !arg.startsWith('--') && index !== urlIndex + 1);
if (!file) usage('no page given');
if (!url) usage('no --url given: detection depends on the page URL');

let html: string;
try {
  html = readFileSync(file, 'utf8');
} catch (error) {
  usage(`cannot read ${file}: ${(error as Error).message}`);
}
const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
window.document.write(html);
const document = window.document as unknown as Document;

const { entities, problems } = loadKnowledge();
if (problems.length > 0) {
  console.error(`The knowledge file has problems (npm run knowledge:check):\n${problems.join('\n')}`);
  process.exit(1);
}
const names = new Map(entities.map((entity) => [entity.id, entity.name]));
// Any page can be scanned: sites no adapter knows get the generic detector, as when a reader asks for a page.
const verdict = detectPage(url, document, { generic: true });
// Editors may scan index or other pages too: the site's article region, or the densest text, is read anyway.
const region = verdict?.region ?? adapterForHost(new URL(url).hostname)?.findRegion(document) ?? regionOnRequest(verdict, document);
const blocks = region ? [...region.body, ...region.teasers] : [];
const runs = blocks.flatMap((block) => collectTextRuns(block));
const matcher = new Matcher(toMatchIndex(entities));
const resolved = new MentionResolver().resolve(runs.map((run) => matcher.findMatches(run.text)));
const found = runs.flatMap((run, index) =>
  (resolved[index] ?? []).map((match) => ({ id: match.entityId, name: names.get(match.entityId) ?? match.entityId, text: run.text.slice(match.start, match.end) })),
);
const unknown = [...new Set(runs.flatMap((run, index) =>
  unknownNames(run.text, (resolved[index] ?? []).map((match) => [match.start, match.end] as const)),
))];
const result = {
  url,
  site: verdict?.siteName ?? null,
  kind: verdict?.kind ?? 'other',
  reasons: verdict?.reasons ?? ['no supported site at this URL'],
  region: region ? { bodyBlocks: region.body.length, teaserBlocks: region.teasers.length } : null,
  entities: found,
  unknown,
};

if (json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  console.log(describeVerdict({ siteName: result.site ?? 'Unknown site', kind: result.kind, reasons: result.reasons }));
  console.log(region ? `Article region: ${region.body.length} body blocks, ${region.teasers.length} teaser blocks` : 'No article region');
  console.log(`\nEntities found (${found.length} mentions of ${new Set(found.map((item) => item.id)).size} entities):`);
  for (const item of found) console.log(`  ${item.name.padEnd(44)} "${item.text.replace(/\s+/g, ' ')}"`);
  console.log(`\nNames the knowledge file does not know (${unknown.length}), candidates to add:`);
  for (const name of unknown) console.log(`  ${name}`);
}
await window.happyDOM.close();
