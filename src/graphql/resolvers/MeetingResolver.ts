import { Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ActorNode, DiscrepancyRecord, MeetingNode, ReportSpan, StatementNode } from '../../ontology/types';
import type { ApiContext } from '../context';
import { slice, SliceArgs } from '../SliceArgs';
import { Report } from '../types/Report';
import { actorsByIds, distinctSourceCount } from '../references';
import { Actor } from '../types/Actor';
import { Discrepancy } from '../types/Discrepancy';
import { Meeting } from '../types/Meeting';
import { Statement } from '../types/Statement';

@Resolver(() => Meeting)
export class MeetingResolver {
  @FieldResolver(() => [Actor])
  participants(@Root() meeting: MeetingNode, @Ctx() { store }: ApiContext): ActorNode[] {
    return actorsByIds(store, meeting.participantIds, meeting.id);
  }

  @FieldResolver(() => [Statement], { description: 'Statements made at or about this meeting.' })
  statements(@Root() meeting: MeetingNode, @Args(() => SliceArgs) page: SliceArgs, @Ctx() { store }: ApiContext): readonly StatementNode[] {
    return slice(store.statementsOfMeeting(meeting.id), page);
  }

  @FieldResolver(() => [Report], { description: 'Where the sources tell of it; `sourceCount` says how many sources.' })
  reports(@Root() meeting: MeetingNode, @Args(() => SliceArgs) page: SliceArgs): readonly ReportSpan[] {
    return slice(meeting.reports, page);
  }

  @FieldResolver(() => Int, { description: 'Distinct sources among the reports.' })
  sourceCount(@Root() meeting: MeetingNode): number {
    return distinctSourceCount(meeting.reports);
  }

  @FieldResolver(() => [Discrepancy])
  discrepancies(@Root() meeting: MeetingNode, @Ctx() { store }: ApiContext): readonly DiscrepancyRecord[] {
    return store.discrepanciesOf(meeting.id);
  }
}
