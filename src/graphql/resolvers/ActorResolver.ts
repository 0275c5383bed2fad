import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ActorNode, AgreementNode, DiscrepancyRecord, MeetingNode, StatementNode } from '../../ontology/types';
import type { ApiContext } from '../context';
import { referenced } from '../references';
import { Actor } from '../types/Actor';
import { Agreement } from '../types/Agreement';
import { Discrepancy } from '../types/Discrepancy';
import { Meeting } from '../types/Meeting';
import { Statement } from '../types/Statement';

@Resolver(() => Actor)
export class ActorResolver {
  @FieldResolver(() => Actor, { nullable: true, description: 'The organization or country this actor acts for.' })
  affiliation(@Root() actor: ActorNode, @Ctx() { store }: ApiContext): ActorNode | null {
    return actor.affiliationId === undefined ? null : referenced(store.actor(actor.affiliationId), 'actor', actor.affiliationId, actor.id);
  }

  @FieldResolver(() => [Statement], { description: 'What this actor said.' })
  statements(@Root() actor: ActorNode, @Ctx() { store }: ApiContext): readonly StatementNode[] {
    return store.statementsOfSpeaker(actor.id);
  }

  @FieldResolver(() => [Meeting])
  meetings(@Root() actor: ActorNode, @Ctx() { store }: ApiContext): readonly MeetingNode[] {
    return store.meetingsOfParticipant(actor.id);
  }

  @FieldResolver(() => [Agreement])
  agreements(@Root() actor: ActorNode, @Ctx() { store }: ApiContext): readonly AgreementNode[] {
    return store.agreementsOfParty(actor.id);
  }

  @FieldResolver(() => [Discrepancy])
  discrepancies(@Root() actor: ActorNode, @Ctx() { store }: ApiContext): readonly DiscrepancyRecord[] {
    return store.discrepanciesOf(actor.id);
  }
}
