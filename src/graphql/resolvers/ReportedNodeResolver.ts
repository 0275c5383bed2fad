import { Args, Ctx, FieldResolver, Int, Resolver, Root, type ClassType } from 'type-graphql';
import type { DiscrepancyRecord, ReportSpan } from '../../ontology/types';
import type { ApiContext } from '../context';
import { slice, SliceArgs } from '../SliceArgs';
import { Discrepancy } from '../types/Discrepancy';
import { Report } from '../types/Report';

interface ReportedNode {
  id: string;
  reports: ReportSpan[];
}

/** The fields every reported node (actor, statement, meeting, agreement) has: its reports, their sources, its discrepancies. */
export function ReportedNodeResolver<T extends object>(nodeType: ClassType<T>) {
  @Resolver(() => nodeType)
  abstract class Reported {
    @FieldResolver(() => [Report], { description: 'Where the sources tell of it, by source and position; `sourceCount` says how many sources.' })
    reports(@Root() node: ReportedNode, @Args(() => SliceArgs) page: SliceArgs): readonly ReportSpan[] {
      return slice(node.reports, page);
    }

    @FieldResolver(() => Int, { description: 'Distinct sources among the reports.' })
    sourceCount(@Root() node: ReportedNode, @Ctx() { store }: ApiContext): number {
      return store.sourceIdsOf(node.id).size;
    }

    @FieldResolver(() => [Discrepancy], { description: 'Facts about it on which the sources disagree.' })
    discrepancies(@Root() node: ReportedNode, @Ctx() { store }: ApiContext): readonly DiscrepancyRecord[] {
      return store.discrepanciesOf(node.id);
    }
  }
  return Reported;
}
