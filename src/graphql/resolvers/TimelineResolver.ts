import { IsOptional, Max, Min } from 'class-validator';
import { Args, ArgsType, Ctx, Field, Int, Query, Resolver } from 'type-graphql';
import { timeline, type TimelineKind as TimelineKindValue, type TimelineNode } from '../../ontology/timeline';
import type { ApiContext } from '../context';
import { NotBefore } from '../inputs/validators';
import { MAX_PAGE_SIZE } from '../PageArgs';
import { DateScalar } from '../scalars';
import { TimelineEntry, TimelineKind } from '../types/Timeline';

const DEFAULT_TIMELINE_LIMIT = 200;

@ArgsType()
class TimelineArgs {
  @Field(() => DateScalar, { nullable: true, description: 'From this day on (inclusive); open when absent.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Up to this day (inclusive); open when absent.' })
  @NotBefore('from')
  to?: string | null;

  @Field(() => [TimelineKind], { nullable: true, description: 'Only these kinds of entry; all when absent.' })
  kinds?: TimelineKindValue[] | null;

  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_TIMELINE_LIMIT, description: `At most this many entries, 0 to ${MAX_PAGE_SIZE}; the earliest are kept.` })
  @IsOptional()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  limit?: number | null;
}

interface TimelineEntryValue {
  date: string;
  kind: TimelineKindValue;
  node: TimelineNode;
}

@Resolver()
export class TimelineResolver {
  @Query(() => [TimelineEntry], {
    description: 'Dated meetings, agreements and statements in date order (on one day: meetings, agreements, then statements), for a time axis.',
  })
  timeline(@Args(() => TimelineArgs) { from, to, kinds, limit }: TimelineArgs, @Ctx() { store }: ApiContext): TimelineEntryValue[] {
    return timeline(store, from ?? undefined, to ?? undefined, kinds ?? undefined)
      .slice(0, limit ?? DEFAULT_TIMELINE_LIMIT)
      .map(({ date, node }) => ({ date, kind: node.type, node }));
  }
}
