import { Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ActorNode, AgreementNode, DiscrepancyRecord, ReportSpan } from '../../ontology/types';
import type { ApiContext } from '../context';
import { slice, SliceArgs } from '../SliceArgs';
import { Report } from '../types/Report';
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

  @FieldResolver(() => [Report], { description: 'Where the sources tell of it; `sourceCount` says how many sources.' })
  reports(@Root() agreement: AgreementNode, @Args(() => SliceArgs) page: SliceArgs): readonly ReportSpan[] {
    return slice(agreement.reports, page);
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
