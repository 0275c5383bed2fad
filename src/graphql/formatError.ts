import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';

/**
 * Turns type-graphql's generic "Argument Validation Error" into BAD_USER_INPUT that says which argument is
 * wrong and why, and drops class-validator's raw ValidationError objects (they echo the whole args object).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (!(original instanceof ArgumentValidationError)) return formatted;
  const problems = original.extensions.validationErrors.map(({ property, constraints }) => ({
    argument: property,
    problems: Object.values(constraints ?? {}),
  }));
  return {
    ...formatted,
    message: `Invalid argument: ${problems.map((p) => p.problems.join('; ')).join('; ')}`,
    extensions: { ...formatted.extensions, code: ApolloServerErrorCode.BAD_USER_INPUT, validationErrors: problems },
  };
}
