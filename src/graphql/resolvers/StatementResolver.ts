import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ActorNode, MeetingNode, StatementNode } from '../../ontology/types';
import type { ApiContext } from '../context';
import { actorsByIds, referenced } from '../references';
import { Actor } from '../types/Actor';
import { Meeting } from '../types/Meeting';
import { Statement } from '../types/Statement';
import { ReportedNodeResolver } from './ReportedNodeResolver';

@Resolver(() => Statement)
export class StatementResolver extends ReportedNodeResolver(Statement) {
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
}
