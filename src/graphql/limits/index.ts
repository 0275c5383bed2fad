import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import { costLimitPlugin } from './cost';
import type { QueryLimits } from './queryLimits';
import { timeBudgetPlugin } from './timeBudget';
import { limitValidationRules } from './validationRules';

export { DEFAULT_QUERY_LIMITS, LIMIT_ERROR_CODES, QUERY_LIMIT_ENV, queryLimitsFromEnv, isLimitErrorCode, type QueryLimits } from './queryLimits';
export { pageComplexity, ASSUMED_LIST_SIZE } from './cost';
export { checkTimeBudgetInResolvers, timeBudgetExceeded } from './timeBudget';

/** What ApolloServer needs to enforce `limits`: parse options, validation rules and plugins. */
export function queryLimitOptions(limits: QueryLimits): {
  parseOptions: { maxTokens: number };
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
} {
  return {
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: limitValidationRules(limits),
    plugins: [costLimitPlugin(limits.maxCost), timeBudgetPlugin(limits.timeBudgetMs)],
  };
}
