import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ActorNode, DiscrepancyRecord, MeetingNode, StatementNode } from '../../ontology/types';
import type { ApiContext } from '../context';
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
  statements(@Root() meeting: MeetingNode, @Ctx() { store }: ApiContext): readonly StatementNode[] {
    return store.statementsOfMeeting(meeting.id);
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
