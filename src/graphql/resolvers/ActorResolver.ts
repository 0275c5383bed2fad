import { Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ActorNode, AgreementNode, MeetingNode, StatementNode } from '../../ontology/types';
import type { ApiContext } from '../context';
import { referenced } from '../references';
import { slice, SliceArgs } from '../SliceArgs';
import { Actor } from '../types/Actor';
import { Agreement } from '../types/Agreement';
import { Meeting } from '../types/Meeting';
import { Statement } from '../types/Statement';
import { ReportedNodeResolver } from './ReportedNodeResolver';

@Resolver(() => Actor)
export class ActorResolver extends ReportedNodeResolver(Actor) {
  @FieldResolver(() => Actor, { nullable: true, description: 'The organization or country this actor acts for.' })
  affiliation(@Root() actor: ActorNode, @Ctx() { store }: ApiContext): ActorNode | null {
    return actor.affiliationId === undefined ? null : referenced(store.actor(actor.affiliationId), 'actor', actor.affiliationId, actor.id);
  }

  @FieldResolver(() => [Statement], { description: 'What this actor said, in the ontology’s order; `statementCount` says how many in all.' })
  statements(@Root() actor: ActorNode, @Args(() => SliceArgs) page: SliceArgs, @Ctx() { store }: ApiContext): readonly StatementNode[] {
    return slice(store.statementsOfSpeaker(actor.id), page);
  }

  @FieldResolver(() => Int, { description: 'How many statements this actor made.' })
  statementCount(@Root() actor: ActorNode, @Ctx() { store }: ApiContext): number {
    return store.statementsOfSpeaker(actor.id).length;
  }

  @FieldResolver(() => [Meeting])
  meetings(@Root() actor: ActorNode, @Args(() => SliceArgs) page: SliceArgs, @Ctx() { store }: ApiContext): readonly MeetingNode[] {
    return slice(store.meetingsOfParticipant(actor.id), page);
  }

  @FieldResolver(() => [Agreement])
  agreements(@Root() actor: ActorNode, @Args(() => SliceArgs) page: SliceArgs, @Ctx() { store }: ApiContext): readonly AgreementNode[] {
    return slice(store.agreementsOfParty(actor.id), page);
  }

  @FieldResolver(() => Int, { description: 'How many times the sources mention this actor.' })
  reportCount(@Root() actor: ActorNode): number {
    return actor.reports.length;
  }
}
