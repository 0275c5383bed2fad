import { IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './PageArgs';

/**
 * `limit`/`offset` on the lists inside a node (an actor's statements, a source's statements, reports) that
 * grow with the corpus, so that no request pulls an unbounded list. The list keeps its plain type; its size
 * is a count field beside it (`statementCount`, `reportCount`) or a top-level connection's `totalCount`.
 */
@ArgsType()
export class SliceArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: `At most this many items, 0 to ${MAX_PAGE_SIZE}.` })
  @IsOptional()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  limit?: number | null;

  @Field(() => Int, { nullable: true, defaultValue: 0, description: 'Skip this many items first.' })
  @IsOptional()
  @Min(0)
  offset?: number | null;
}

export function slice<T>(items: readonly T[], { limit, offset }: SliceArgs): readonly T[] {
  const start = offset ?? 0;
  return items.slice(start, start + (limit ?? DEFAULT_PAGE_SIZE));
}
