import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ActorNode, AgreementNode } from '../../ontology/types';
import type { ApiContext } from '../context';
import { actorsByIds } from '../references';
import { Actor } from '../types/Actor';
import { Agreement } from '../types/Agreement';
import { ReportedNodeResolver } from './ReportedNodeResolver';

@Resolver(() => Agreement)
export class AgreementResolver extends ReportedNodeResolver(Agreement) {
  @FieldResolver(() => [Actor])
  parties(@Root() agreement: AgreementNode, @Ctx() { store }: ApiContext): ActorNode[] {
    return actorsByIds(store, agreement.partyIds, agreement.id);
  }
}
