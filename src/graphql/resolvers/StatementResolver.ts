import { Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ActorNode, DiscrepancyRecord, MeetingNode, ReportSpan, StatementNode } from '../../ontology/types';
import type { ApiContext } from '../context';
import { slice, SliceArgs } from '../SliceArgs';
import { Report } from '../types/Report';
import { actorsByIds, distinctSourceCount, referenced } from '../references';
import { Actor } from '../types/Actor';
import { Discrepancy } from '../types/Discrepancy';
import { Meeting } from '../types/Meeting';
import { Statement } from '../types/Statement';

@Resolver(() => Statement)
export class StatementResolver {
  @FieldResolver(() => Actor)
  speaker(@Root() statement: StatementNode, @Ctx() { store }: ApiContext): ActorNode {
    return referenced(store.actor(statement.speakerId), 'actor', statement.speakerId, statement.id);
  }

  @FieldResolver(() => Meeting, { nullable: true, description: 'The meeting at which it was said, if any.' })
  meeting(@Root() statement: StatementNode, @Ctx() { store }: ApiContext): MeetingNode | null {
    const { meetingId } = statement;
    return meetingId === undefined ? null : referenced(store.meeting(meetingId), 'meeting', meetingId, statement.id);
  }

  @FieldResolver(() => [Actor], { description: 'Actors the statement is about.' })
  about(@Root() statement: StatementNode, @Ctx() { store }: ApiContext): ActorNode[] {
    return actorsByIds(store, statement.aboutIds, statement.id);
  }

  @FieldResolver(() => [Report], { description: 'Where the sources tell of it; `sourceCount` says how many sources.' })
  reports(@Root() statement: StatementNode, @Args(() => SliceArgs) page: SliceArgs): readonly ReportSpan[] {
    return slice(statement.reports, page);
  }

  @FieldResolver(() => Int, { description: 'Distinct sources among the reports.' })
  sourceCount(@Root() statement: StatementNode): number {
    return distinctSourceCount(statement.reports);
  }

  @FieldResolver(() => [Discrepancy])
  discrepancies(@Root() statement: StatementNode, @Ctx() { store }: ApiContext): readonly DiscrepancyRecord[] {
    return store.discrepanciesOf(statement.id);
  }
}
