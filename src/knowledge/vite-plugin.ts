import type { Plugin } from 'vite';
import { Matcher } from '../match/matcher.ts';
import { toMatchIndex } from './match-index.ts';
import { KNOWLEDGE_DIR, loadKnowledge } from './read-data.ts';

const MATCH_INDEX_ID = 'virtual:backstory/match-index';
const MATCHER_ID = 'virtual:backstory/matcher';
const KNOWLEDGE_ID = 'virtual:backstory/knowledge';
const IDS = [MATCH_INDEX_ID, MATCHER_ID, KNOWLEDGE_ID];

/**
 * Validates the knowledge file on every build (a malformed entry fails it, one line per problem) and serves
 * it as virtual modules: for content scripts, the matcher compiled at build time (its tables as base64, plus
 * each entity's id, name and type); the match index with every surface form, for tools and tests; and the full
 * entities for the background and the popup. `dir` defaults to the bundled data folder.
 */
export function knowledgePlugin(options: { dir?: string } = {}): Plugin {
  const dir = options.dir ?? KNOWLEDGE_DIR;
  return {
    name: 'backstory-knowledge',
    resolveId(id) {
      return IDS.includes(id) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!IDS.some((known) => id === `\0${known}`)) return undefined;
      const { entities, problems } = loadKnowledge(dir);
      if (problems.length > 0) {
        throw new Error(`The knowledge file has ${problems.length} problem(s):\n${problems.join('\n')}`);
      }
      if (id === `\0${MATCHER_ID}`) {
        const index = toMatchIndex(entities);
        const tables = Buffer.from(new Matcher(index).toTables()).toString('base64');
        const previews = index.map(({ id: entityId, name, type }) => ({ id: entityId, name, type }));
        return [
          `export const entries = JSON.parse(${JSON.stringify(JSON.stringify(previews))});`,
          `export const tables = ${JSON.stringify(tables)};`,
        ].join('\n');
      }
      const value = id === `\0${MATCH_INDEX_ID}` ? toMatchIndex(entities) : entities;
      // JSON.parse of a string literal is cheaper for engines to load than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
    },
  };
}
