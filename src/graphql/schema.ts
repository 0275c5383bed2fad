import 'reflect-metadata';
import { isAbstractType, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { resolveDirectly } from './directResolvers';
import { validateArguments } from './inputs/validateArguments';
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
import { nodeTypeName } from './types/Node';

const RESOLVERS: [Function, ...Function[]] = [
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
];

export interface SchemaOptions {
  /**
   * Resolver methods called by type-graphql's own generic handler rather than directly (see directResolvers.ts):
   * the reference the direct calls are tested against.
   */
  typeGraphqlHandlers?: boolean;
}

/** The executable schema. It holds no data: each request finds the store in its context. */
export function buildGraphQLSchema({ typeGraphqlHandlers = false }: SchemaOptions = {}): GraphQLSchema {
  const schema = buildSchemaSync({
    resolvers: RESOLVERS,
    // type-graphql 2 leaves class-validator off unless asked; the argument and input classes rely on it.
    validateFn: validateArguments,
  });
  if (!typeGraphqlHandlers) resolveDirectly(schema, RESOLVERS, validateArguments);
  // The abstract types (Node, TimelineNode) tell ontology nodes apart with nodeTypeName; type-graphql wraps it
  // in an async function, a promise per value, which graphql-jit cannot take: the name is given at once.
  for (const type of Object.values(schema.getTypeMap())) {
    if (isAbstractType(type)) type.resolveType = nodeTypeName;
  }
  return schema;
}

/** The SDL committed as schema.graphql: sorted, so the file only changes when the API does. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema));
}
