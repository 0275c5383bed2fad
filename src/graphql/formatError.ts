import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { isLimitErrorCode, LIMIT_ERROR_CODES } from './limits/queryLimits';

/** graphql-js's message when `parseOptions.maxTokens` stops the parser (16.x spells it "more that"). */
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more (?:than|that) (\d+) tokens\. Parsing aborted\.$/;

export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

export interface FormatErrorOptions {
  /**
   * Replace the message of every INTERNAL_SERVER_ERROR (a resolver's exception: a bug, not the client's doing)
   * by a generic one, after logging the original. On in production.
   */
  maskInternalErrors: boolean;
  /** Where masked errors are logged; console.error by default. */
  log?: (message: string, error: unknown) => void;
}

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
function argumentValidationError(formatted: GraphQLFormattedError, original: ArgumentValidationError): GraphQLFormattedError {
  const problems = problemsOf(original.extensions.validationErrors);
  return {
    ...formatted,
    message: `Invalid argument: ${problems.map((p) => p.problems.join('; ')).join('; ')}`,
    extensions: { ...formatted.extensions, code: ApolloServerErrorCode.BAD_USER_INPUT, validationErrors: problems },
  };
}

/**
 * A query over a limit keeps the limit's own code. Apollo relabels every validation error
 * GRAPHQL_VALIDATION_FAILED and every parse error GRAPHQL_PARSE_FAILED; the limit's code is still on the
 * error it wraps (depth, aliases, directives) or in graphql-js's message (tokens).
 */
function limitError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | undefined {
  const wrapped = error instanceof GraphQLError ? error.originalError : undefined;
  if (wrapped instanceof GraphQLError && isLimitErrorCode(wrapped.extensions.code)) {
    return { ...formatted, extensions: { ...formatted.extensions, ...wrapped.extensions } };
  }
  const tokens = formatted.extensions?.code === ApolloServerErrorCode.GRAPHQL_PARSE_FAILED ? TOKEN_LIMIT_MESSAGE.exec(formatted.message) : null;
  if (tokens) {
    const limit = Number(tokens[1]);
    return {
      message: `Token limit of ${limit} exceeded: parsing aborted.`,
      extensions: { ...formatted.extensions, code: LIMIT_ERROR_CODES.maxTokens, limit },
    };
  }
  return undefined;
}

export function createFormatError({ maskInternalErrors, log = console.error }: FormatErrorOptions) {
  return function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) return argumentValidationError(formatted, original);
    const limited = limitError(formatted, error);
    if (limited) return limited;
    if (maskInternalErrors && formatted.extensions?.code === ApolloServerErrorCode.INTERNAL_SERVER_ERROR) {
      log(`internal error at ${JSON.stringify(formatted.path ?? null)}:`, original);
      return { message: INTERNAL_ERROR_MESSAGE, locations: formatted.locations, path: formatted.path, extensions: { code: ApolloServerErrorCode.INTERNAL_SERVER_ERROR } };
    }
    return formatted;
  };
}
