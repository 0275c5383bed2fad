import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Args, ArgsType, Ctx, Field, Int, Query, Resolver } from 'type-graphql';
import { search, type SearchableType, type SearchHit as SearchHitValue } from '../../ontology/search';
import type { ApiContext } from '../context';
import { IsNotBlank } from '../inputs/validators';
import { SearchHit, SearchType } from '../types/Search';

const MAX_HITS = 100;

@ArgsType()
class SearchArgs {
  @Field(() => String, { description: 'Words to look for; the last may be the start of a word.' })
  @IsNotBlank()
  @MaxLength(200)
  text!: string;

  @Field(() => Int, { nullable: true, defaultValue: 10, description: `How many hits, 1 to ${MAX_HITS}.` })
  @IsOptional()
  @Min(1)
  @Max(MAX_HITS)
  first?: number | null;

  @Field(() => [SearchType], { nullable: true, description: 'Only nodes of these types; all types when absent.' })
  types?: SearchableType[] | null;
}

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description: 'Full-text search over actors (names, aliases, titles), statements, meetings, agreements and sources, best hits first.',
  })
  search(@Args(() => SearchArgs) { text, first, types }: SearchArgs, @Ctx() { store }: ApiContext): SearchHitValue[] {
    return search(store, { text, first: first ?? 10, types: types ?? undefined });
  }
}
