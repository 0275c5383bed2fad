/** The queries `npm run bench` measures over HTTP (section 3), by the name its table gives them. */
export const QUERIES: Record<string, string> = {
  'nested meeting question': `{ meetings(first: 10) { nodes { title date place participants { name statements(limit: 5) { text kind reports(limit: 3) { source { id } excerpt } } } } } }`,
  'statements filtered page': `{ statements(first: 20, where: { minSources: 3, kind: DIRECT_QUOTE }, orderBy: { field: SOURCE_COUNT, direction: DESC }) { totalCount nodes { id text sourceCount } } }`,
  stats: `{ stats { counts { sources statements } speakerCount statementsPerSpeaker(limit: 10) { statementCount } reportsPerSource(limit: 20) { reportCount } coverage(first: 20) { sources { id } rows { cells } } } }`,
  search: `{ search(text: "Geneva energy security", first: 10) { score field snippet node { id } } }`,
};
