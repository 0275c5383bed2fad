import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isValidIsoDate } from '../corpus/parseArticle';

function checkedDate(value: unknown): string {
  if (typeof value === 'string' && isValidIsoDate(value)) return value;
  throw new GraphQLError(`Date must be a calendar date as YYYY-MM-DD, got ${JSON.stringify(value)}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/**
 * A calendar day with no time or zone. Kept as the YYYY-MM-DD string the corpus gives, because turning it
 * into a JS Date would invent a time of day and a zone the sources never stated.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  serialize: checkedDate,
  parseValue: checkedDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Date must be a string literal, YYYY-MM-DD', { nodes: ast, extensions: { code: 'BAD_USER_INPUT' } });
    }
    return checkedDate(ast.value);
  },
});
