import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { LIMIT_ERROR_CODES, type QueryLimits } from './queryLimits';

type Rejection = (context: ValidationContext | null, error: GraphQLError) => void;

/**
 * Reports graphql-armor's rejection as our own error, with its own code and the limit. Armor prefixes its
 * messages with "Syntax Error:", which they are not, and with Apollo reports every rejection as
 * BAD_USER_INPUT; Apollo then relabels any validation error GRAPHQL_VALIDATION_FAILED, so formatError
 * restores the code from this error (it stays the validation error's `originalError`).
 */
function reportAs(limit: keyof QueryLimits, value: number): Rejection {
  return (context, error) => {
    context?.reportError(
      new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
        extensions: { code: LIMIT_ERROR_CODES[limit], limit: value },
      }),
    );
  };
}

/**
 * Depth, alias and directive limits: graphql-armor's validation rules, which count through fragments (each
 * fragment once, so a fragment bomb costs linear time) and run in the same pass as graphql-js's own rules.
 */
export function limitValidationRules(limits: QueryLimits): ValidationRule[] {
  const common = { exposeLimits: true, propagateOnRejection: false } as const;
  return [
    maxDepthRule({
      ...common,
      n: limits.maxDepth,
      // A fragment spread or inline fragment is not a level of the response, so it adds no depth.
      flattenFragments: true,
      ignoreIntrospection: true,
      onReject: [reportAs('maxDepth', limits.maxDepth)],
    }),
    maxAliasesRule({ ...common, n: limits.maxAliases, onReject: [reportAs('maxAliases', limits.maxAliases)] }),
    maxDirectivesRule({ ...common, n: limits.maxDirectives, onReject: [reportAs('maxDirectives', limits.maxDirectives)] }),
  ] as ValidationRule[];
}
