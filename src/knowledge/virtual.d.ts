/// <reference types="@crxjs/vite-plugin/client" />
// Modules served by knowledgePlugin() (vite-plugin.ts) from the validated knowledge data files.
declare module 'virtual:backstory/match-index' {
  const index: import('../match/types.ts').MatchEntry[];
  export default index;
}
declare module 'virtual:backstory/matcher' {
  /** Each entity's id, name and type, in the order the tables number them. */
  export const entries: Array<{ id: string; name: string; type: import('../match/types.ts').EntityType }>;
  /** `Matcher#toTables()` of the whole knowledge file, as base64. */
  export const tables: string;
}
declare module 'virtual:backstory/knowledge' {
  const entities: import('./schema.ts').Entity[];
  export default entities;
}
