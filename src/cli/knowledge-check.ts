/**
 * `npm run knowledge:check`: validates the knowledge file. Prints one line per problem and exits 1, or one
 * summary line on success.
 */
import { loadKnowledge } from '../knowledge/read-data.ts';
import { summarizeKnowledge } from '../knowledge/summary.ts';

const { entities, problems } = loadKnowledge();
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  console.error(`knowledge:check failed: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(summarizeKnowledge(entities));
