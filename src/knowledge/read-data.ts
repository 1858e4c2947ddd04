import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateKnowledge, type KnowledgeReport, type KnowledgeSource } from './validate.ts';

/** Folder of the bundled knowledge data files (Node only: used by the build and the CLI tools). */
export const KNOWLEDGE_DIR = fileURLToPath(new URL('./data/', import.meta.url));

/** Reads every `*.json` file of `dir` in name order; a file that is not valid JSON becomes one problem line. */
export function readKnowledgeSources(dir = KNOWLEDGE_DIR): { sources: KnowledgeSource[]; problems: string[] } {
  const sources: KnowledgeSource[] = [];
  const problems: string[] = [];
  const files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  for (const name of files) {
    const path = join(dir, name);
    const file = relative(process.cwd(), path) || name;
    try {
      sources.push({ file, data: JSON.parse(readFileSync(path, 'utf8')) as unknown });
    } catch (error) {
      problems.push(`${file}: not valid JSON: ${(error as Error).message}`);
    }
  }
  if (files.length === 0) problems.push(`${dir}: no knowledge data files (*.json)`);
  return { sources, problems };
}

/** Reads and validates the knowledge data; `problems` is empty when it is fit to ship. */
export function loadKnowledge(dir = KNOWLEDGE_DIR): KnowledgeReport {
  const { sources, problems } = readKnowledgeSources(dir);
  const report = validateKnowledge(sources);
  return { entities: report.entities, problems: [...problems, ...report.problems] };
}
