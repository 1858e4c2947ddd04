import type { Plugin } from 'vite';
import { toMatchIndex } from './match-index.ts';
import { KNOWLEDGE_DIR, loadKnowledge } from './read-data.ts';

const MATCH_INDEX_ID = 'virtual:backstory/match-index';
const KNOWLEDGE_ID = 'virtual:backstory/knowledge';

/**
 * Validates the knowledge file on every build (a malformed entry fails it, one line per problem) and serves
 * it as two virtual modules: the small match index for content scripts, and the full entities for the
 * background and the popup. `dir` defaults to the bundled data folder.
 */
export function knowledgePlugin(options: { dir?: string } = {}): Plugin {
  const dir = options.dir ?? KNOWLEDGE_DIR;
  return {
    name: 'backstory-knowledge',
    resolveId(id) {
      return id === MATCH_INDEX_ID || id === KNOWLEDGE_ID ? `\0${id}` : undefined;
    },
    load(id) {
      if (id !== `\0${MATCH_INDEX_ID}` && id !== `\0${KNOWLEDGE_ID}`) return undefined;
      const { entities, problems } = loadKnowledge(dir);
      if (problems.length > 0) {
        throw new Error(`The knowledge file has ${problems.length} problem(s):\n${problems.join('\n')}`);
      }
      const value = id === `\0${MATCH_INDEX_ID}` ? toMatchIndex(entities) : entities;
      // JSON.parse of a string literal is cheaper for engines to load than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
    },
  };
}
