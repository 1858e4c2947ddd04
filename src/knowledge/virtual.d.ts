/// <reference types="@crxjs/vite-plugin/client" />
// Modules served by knowledgePlugin() (vite-plugin.ts) from the validated knowledge data files.
declare module 'virtual:backstory/match-index' {
  const index: import('../match/types.ts').MatchEntry[];
  export default index;
}
declare module 'virtual:backstory/knowledge' {
  const entities: import('./schema.ts').Entity[];
  export default entities;
}
