import { GraphQLError, type ValidationContext, type ASTVisitor } from 'graphql';

/**
 * Refuses an operation whose root type the schema does not have (a mutation or subscription while there is
 * none), as graphql-js 17 does. graphql-js 16 lets it through validation and fails it during execution as an
 * INTERNAL_SERVER_ERROR with status 200, which blames the server for the client's mistake.
 */
export function KnownOperationTypesRule(context: ValidationContext): ASTVisitor {
  const schema = context.getSchema();
  return {
    OperationDefinition(node) {
      if (!schema.getRootType(node.operation)) {
        context.reportError(new GraphQLError(`The ${node.operation} operation is not supported by the schema.`, { nodes: node }));
      }
    },
  };
}
