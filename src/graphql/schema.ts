import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { ActorResolver } from './resolvers/ActorResolver';
import { AgreementResolver } from './resolvers/AgreementResolver';
import { DiscrepancyResolver } from './resolvers/DiscrepancyResolver';
import { MeetingResolver } from './resolvers/MeetingResolver';
import { MutationResolver } from './resolvers/MutationResolver';
import { QueryResolver } from './resolvers/QueryResolver';
import { ReportResolver } from './resolvers/ReportResolver';
import { SearchResolver } from './resolvers/SearchResolver';
import { SourceResolver } from './resolvers/SourceResolver';
import { StatementResolver } from './resolvers/StatementResolver';
import { StatsResolver } from './resolvers/StatsResolver';
import { TimelineResolver } from './resolvers/TimelineResolver';

/** The executable schema. It holds no data: each request finds the store in its context. */
export function buildGraphQLSchema(): GraphQLSchema {
  return buildSchemaSync({
    resolvers: [
      QueryResolver,
      SourceResolver,
      ActorResolver,
      StatementResolver,
      MeetingResolver,
      AgreementResolver,
      ReportResolver,
      DiscrepancyResolver,
      StatsResolver,
      SearchResolver,
      TimelineResolver,
      MutationResolver,
    ],
    // type-graphql 2 leaves class-validator off unless asked; the argument and input classes rely on it.
    validate: true,
  });
}

/** The SDL committed as schema.graphql: sorted, so the file only changes when the API does. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema));
}
