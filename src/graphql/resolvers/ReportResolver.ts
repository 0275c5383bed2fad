import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ReportSpan, SourceRecord } from '../../ontology/types';
import type { ApiContext } from '../context';
import { referenced } from '../references';
import { Report } from '../types/Report';
import { Source } from '../types/Source';

@Resolver(() => Report)
export class ReportResolver {
  @FieldResolver(() => Source)
  source(@Root() report: ReportSpan, @Ctx() { store }: ApiContext): SourceRecord {
    return referenced(store.source(report.sourceId), 'source', report.sourceId, `a report at [${report.start}, ${report.end})`);
  }
}
