import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import { parse, validate, type GraphQLSchema } from 'graphql';
import { repoRoot } from '../repoRoot';

/** One tab of the playground. */
export interface ExampleQuery {
  query: string;
  /** JSON text for GraphiQL's variables pane. */
  variables?: string;
}

/** The playground's tabs, in order; the first is the one open when the page loads. */
export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    // The README's question, from the operations codegen checks: one text for both.
    query: `# Run it with ▶ or Ctrl-Enter. More examples are in
# the other tabs; the docs are in the bar on the left.
${readFileSync(join(repoRoot(), 'operations', 'MeetingParticipants.graphql'), 'utf8')}`,
  },
  {
    query: `# One actor, what it said, and the sources behind
# each statement; start and end are offsets into the
# source's text.
query ActorStatements($id: ID!) {
  actor(id: $id) {
    name
    titles
    statements {
      text
      kind
      date
      sourceCount
      reports { excerpt start end source { id title outlet publishedAt } }
    }
  }
}
`,
    variables: JSON.stringify({ id: 'actor:vladimir-putin' }, null, 2),
  },
  {
    query: `# Facts the sources disagree on: VARIANT values
# are compatible, CONFLICT ones cannot both be true.
query Discrepancies {
  discrepancies {
    totalCount
    nodes {
      kind
      field
      subject {
        __typename
        id
        ... on Meeting { title date }
        ... on Actor { name }
        ... on Statement { text }
        ... on Agreement { title }
      }
      values { value reports { source { id } excerpt } }
    }
  }
}
`,
  },
  {
    query: `# Full-text search over actors, statements, meetings, agreements and sources, ranked, with the matching passage.
query Search {
  search(text: "ceasefire", first: 10) {
    field
    score
    snippet
    node { __typename id }
  }
}
`,
  },
];

/** The examples that are valid queries against `schema` (a test fails if one is not). */
export function examplesFor(schema: GraphQLSchema): ExampleQuery[] {
  return EXAMPLE_QUERIES.filter((example) => validate(schema, parse(example.query)).length === 0);
}

/**
 * GraphiQL as one self-contained page (scripts, styles, editor workers and icons inline): nothing is fetched
 * from the internet, so the playground works offline. About 9 MB; loaded and rendered on the first request.
 */
export function renderPlayground(schema: GraphQLSchema): string {
  // Required here rather than imported: the module holds the whole GraphiQL bundle as strings, so servers that
  // never serve the page (most tests) do not load it.
  const { renderGraphiQL } = require('@graphql-yoga/render-graphiql') as typeof import('@graphql-yoga/render-graphiql');
  return renderGraphiQL({
    title: 'event-ontology',
    defaultTabs: examplesFor(schema).map(({ query, variables }) => ({ query, variables })),
  });
}

/** What a browser gets on GET /graphql and GET /: the offline GraphiQL above, with the example tabs. */
export function landingPagePlugin(schema: GraphQLSchema): ApolloServerPlugin {
  let html: string | undefined;
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html: async () => (html ??= renderPlayground(schema)) };
        },
      };
    },
  };
}
