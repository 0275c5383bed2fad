import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';

interface ArgumentProblem {
  /** The argument's path, e.g. "first" or "where.dateTo". */
  argument: string;
  problems: string[];
}

/**
 * class-validator reports a nested input (`where`, `input`) as an error with children; each leaf becomes
 * one problem under its full path, and its messages, which start with the bare property name, are given
 * that path instead ("dateTo must not be before dateFrom" → "where.dateTo must not be before dateFrom").
 */
function problemsOf(errors: readonly ValidationError[], prefix = ''): ArgumentProblem[] {
  return errors.flatMap(({ property, constraints, children }) => {
    const path = prefix + property;
    const own = Object.values(constraints ?? {}).map((message) => prefix + message);
    return [...(own.length > 0 ? [{ argument: path, problems: own }] : []), ...problemsOf(children ?? [], `${path}.`)];
  });
}

/**
 * Turns type-graphql's generic "Argument Validation Error" into BAD_USER_INPUT that says which argument is
 * wrong and why, and drops class-validator's raw ValidationError objects (they echo the whole args object).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (!(original instanceof ArgumentValidationError)) return formatted;
  const problems = problemsOf(original.extensions.validationErrors);
  return {
    ...formatted,
    message: `Invalid argument: ${problems.map((p) => p.problems.join('; ')).join('; ')}`,
    extensions: { ...formatted.extensions, code: ApolloServerErrorCode.BAD_USER_INPUT, validationErrors: problems },
  };
}
