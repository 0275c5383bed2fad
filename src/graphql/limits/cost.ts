import type { ApolloServerPlugin } from '@apollo/server';
import { getNamedType, getNullableType, GraphQLError, isLeafType, isListType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../PageArgs';
import { LIMIT_ERROR_CODES } from './queryLimits';

/**
 * How many items a list without a `limit` argument (a meeting's participants, a statement's `about`) is
 * assumed to hold when a query is costed, before it runs. Lists that take `limit` are costed at that limit.
 */
export const ASSUMED_LIST_SIZE = 5;

/**
 * Field complexity of a paged top-level list (type-graphql `complexity`): the connection's selection once per
 * item the page can hold, `first` being read from the arguments after the request's variables are applied.
 * A `first` outside the contract's 0–500 costs nothing: argument validation refuses it with its own
 * BAD_USER_INPUT before anything under it runs.
 */
export function pageComplexity({ args, childComplexity }: ComplexityEstimatorArgs): number {
  const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
  if (first < 0 || first > MAX_PAGE_SIZE) return 1;
  return 1 + first * childComplexity;
}

/** The arguments that bound how many items a list returns: `limit` (SliceArgs, `timeline`) or `first` (`search`). */
const SIZE_ARGUMENTS = ['limit', 'first'];

/**
 * A list of objects without a field complexity of its own: its selection once per item it can hold. A list
 * that takes `limit` (SliceArgs: `Actor.statements`, every `reports`, …; `timeline`) or `first` (`search`)
 * holds at most that many, read after the request's variables and the argument's default (50 for SliceArgs)
 * are applied; a list without one (a meeting's participants) is assumed to hold `assumedSize`. A size outside
 * 0–500 costs nothing: argument validation refuses it with its own BAD_USER_INPUT before anything under it runs.
 */
export function listEstimator(assumedSize = ASSUMED_LIST_SIZE): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    const type = getNullableType(field.type);
    if (!isListType(type) || isLeafType(getNamedType(type))) return undefined;
    const sizeArg = field.args.find((arg) => SIZE_ARGUMENTS.includes(arg.name));
    if (sizeArg === undefined) return 1 + assumedSize * childComplexity;
    const given = args[sizeArg.name];
    // An explicit null means the argument's default, as the resolvers read it.
    const size = typeof given === 'number' ? given : typeof sizeArg.defaultValue === 'number' ? sizeArg.defaultValue : DEFAULT_PAGE_SIZE;
    if (size < 0 || size > MAX_PAGE_SIZE) return 1;
    return 1 + size * childComplexity;
  };
}

/** Explicit field complexities first, then lists, then one unit for any other field. */
export const COST_ESTIMATORS: ComplexityEstimator[] = [
  fieldExtensionsEstimator(),
  listEstimator(),
  simpleEstimator({ defaultComplexity: 1 }),
];

const NODE_LIMIT_MESSAGE = 'Query exceeds the maximum allowed number of nodes.';

export function costLimitError(maxCost: number, cost: number | undefined): GraphQLError {
  const message =
    cost === undefined
      ? `Query cost limit of ${maxCost} exceeded: the query has too many fields to cost.`
      : `Query cost limit of ${maxCost} exceeded, found ${cost}.`;
  return new GraphQLError(message, {
    extensions: { code: LIMIT_ERROR_CODES.maxCost, limit: maxCost, ...(cost === undefined ? {} : { cost }), http: { status: 400 } },
  });
}

/**
 * The cost of the operation a request will run, with that request's variables, or undefined when its variables
 * do not fit the operation: execution then refuses them with BAD_USER_INPUT, which says more than a cost could.
 */
export function operationCost(
  schema: GraphQLSchema,
  query: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
): number | undefined | 'too-many-nodes' {
  try {
    return getComplexity({ schema, query, operationName, variables, estimators: COST_ESTIMATORS });
  } catch (error) {
    if (error instanceof GraphQLError && error.message === NODE_LIMIT_MESSAGE) return 'too-many-nodes';
    if (error instanceof GraphQLError) return undefined;
    throw error;
  }
}

/** Costs kept per variable set of one document; past this many that document's costs start again. */
const MAX_COSTS_PER_DOCUMENT = 100;
/** Variables longer than this, as JSON, are costed every time rather than kept as a key. */
const MAX_KEY_LENGTH = 16 * 1024;

/**
 * The costs already computed, per document (Apollo hands the same parsed document to every request with the
 * same query text, and the schema is the server's) and operation name and variables: costing walks the whole
 * operation, and a document's cost changes only with those.
 */
class CostMemory {
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, ReturnType<typeof operationCost>>>();

  of(document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown> | undefined, cost: () => ReturnType<typeof operationCost>) {
    let key: string;
    try {
      key = `${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
    } catch {
      // Variables nested too deep to print: costed every time.
      return cost();
    }
    if (key.length > MAX_KEY_LENGTH) return cost();
    let costs = this.byDocument.get(document);
    if (costs === undefined) this.byDocument.set(document, (costs = new Map()));
    if (costs.has(key)) return costs.get(key);
    const value = cost();
    if (costs.size >= MAX_COSTS_PER_DOCUMENT) costs.clear();
    costs.set(key, value);
    return value;
  }
}

/**
 * Refuses an operation whose estimated cost is over `maxCost`, once the operation is known and before it runs.
 * It runs here rather than as a validation rule because validation does not see the variables, and a page
 * size given as `$first` is what decides most of the cost.
 */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  const costs = new CostMemory();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          const cost = costs.of(document, operationName ?? undefined, request.variables, () => operationCost(schema, document, operationName ?? undefined, request.variables));
          if (cost === 'too-many-nodes') throw costLimitError(maxCost, undefined);
          if (cost !== undefined && cost > maxCost) throw costLimitError(maxCost, cost);
        },
      };
    },
  };
}
