import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ActorNode, MeetingNode, StatementNode } from '../../ontology/types';
import type { ApiContext } from '../context';
import { actorsByIds } from '../references';
import { slice, SliceArgs } from '../SliceArgs';
import { Actor } from '../types/Actor';
import { Meeting } from '../types/Meeting';
import { Statement } from '../types/Statement';
import { ReportedNodeResolver } from './ReportedNodeResolver';

@Resolver(() => Meeting)
export class MeetingResolver extends ReportedNodeResolver(Meeting) {
  @FieldResolver(() => [Actor])
  participants(@Root() meeting: MeetingNode, @Ctx() { store }: ApiContext): ActorNode[] {
    return actorsByIds(store, meeting.participantIds, meeting.id);
  }

  @FieldResolver(() => [Statement], { description: 'Statements made at or about this meeting.' })
  statements(@Root() meeting: MeetingNode, @Args(() => SliceArgs) page: SliceArgs, @Ctx() { store }: ApiContext): readonly StatementNode[] {
    return slice(store.statementsOfMeeting(meeting.id), page);
  }
}
