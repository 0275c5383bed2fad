import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import type { SearchableType } from '../../ontology/search';
import { Node } from './Node';

export const SearchType = {
  SOURCE: 'Source',
  ACTOR: 'Actor',
  STATEMENT: 'Statement',
  MEETING: 'Meeting',
  AGREEMENT: 'Agreement',
} as const satisfies Record<string, SearchableType>;

registerEnumType(SearchType, { name: 'SearchType', description: 'A type of node that search can return.' });

@ObjectType('SearchHit', { simpleResolvers: true, description: 'A node that matches a search, with the passage that matched.' })
export class SearchHit {
  @Field(() => Node)
  node!: Node;

  @Field(() => Float, { description: 'Relevance (BM25+): higher is better; comparable only within one search.' })
  score!: number;

  @Field(() => String, { description: 'Where it matched: name, aliases, titles, title, place, outlet or text.' })
  field!: string;

  @Field(() => String, { description: 'The passage of that field around the first match, with "…" where it was cut.' })
  snippet!: string;

  @Field(() => [String], { description: 'The indexed words that matched, in lower case without accents.' })
  terms!: string[];
}
