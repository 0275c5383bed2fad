import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ActorNode, AgreementNode, DiscrepancyRecord } from '../../ontology/types';
import type { ApiContext } from '../context';
import { actorsByIds, distinctSourceCount } from '../references';
import { Actor } from '../types/Actor';
import { Agreement } from '../types/Agreement';
import { Discrepancy } from '../types/Discrepancy';

@Resolver(() => Agreement)
export class AgreementResolver {
  @FieldResolver(() => [Actor])
  parties(@Root() agreement: AgreementNode, @Ctx() { store }: ApiContext): ActorNode[] {
    return actorsByIds(store, agreement.partyIds, agreement.id);
  }

  @FieldResolver(() => Int, { description: 'Distinct sources among the reports.' })
  sourceCount(@Root() agreement: AgreementNode): number {
    return distinctSourceCount(agreement.reports);
  }

  @FieldResolver(() => [Discrepancy])
  discrepancies(@Root() agreement: AgreementNode, @Ctx() { store }: ApiContext): readonly DiscrepancyRecord[] {
    return store.discrepanciesOf(agreement.id);
  }
}
