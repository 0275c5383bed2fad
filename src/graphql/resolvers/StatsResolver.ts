import { Args, Ctx, FieldResolver, Int, Query, Resolver } from 'type-graphql';
import { listsOf, queryStatements, type StatementOrderField } from '../../ontology/queries';
import { countsBySource, countsByType, speakersByStatementCount, type TypeCounts as TypeCountsValue } from '../../ontology/summary';
import type { ActorNode, SourceRecord, StatementNode } from '../../ontology/types';
import type { ApiContext } from '../context';
import type { StatementWhere } from '../inputs/filters';
import { listPage, StatementListArgs, type ListArgs } from '../inputs/lists';
import { slice, SliceArgs } from '../SliceArgs';
import { CoverageMatrix, SourceStats, SpeakerStatementCount, Stats, TypeCounts } from '../types/Stats';

interface SourceStatsValue {
  source: SourceRecord;
  reportCount: number;
  actorCount: number;
  statementCount: number;
  meetingCount: number;
  agreementCount: number;
}

interface CoverageMatrixValue {
  sources: SourceRecord[];
  rows: { statement: StatementNode; cells: boolean[] }[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

@Resolver(() => Stats)
export class StatsResolver {
  @Query(() => Stats, { description: 'Counts per type, statements per speaker, reports per source and source × statement coverage.' })
  stats(): Stats {
    return {};
  }

  @FieldResolver(() => TypeCounts)
  counts(@Ctx() { store }: ApiContext): TypeCountsValue {
    return countsByType(store);
  }

  @FieldResolver(() => Int, { description: 'How many actors made at least one statement.' })
  speakerCount(@Ctx() { store }: ApiContext): number {
    return speakersByStatementCount(store).length;
  }

  @FieldResolver(() => [SpeakerStatementCount], { description: 'Actors who made statements, most statements first (ties by name).' })
  statementsPerSpeaker(@Args(() => SliceArgs) page: SliceArgs, @Ctx() { store }: ApiContext): { speaker: ActorNode; statementCount: number }[] {
    return slice(speakersByStatementCount(store), page).map((speaker) => ({ speaker, statementCount: store.statementsOfSpeaker(speaker.id).length }));
  }

  @FieldResolver(() => [SourceStats], { description: 'Per source, in the ontology’s order: its reports and the nodes it reports.' })
  reportsPerSource(@Args(() => SliceArgs) page: SliceArgs, @Ctx() { store }: ApiContext): SourceStatsValue[] {
    return slice(countsBySource(store), page).map((c) => ({
      source: store.source(c.id)!,
      reportCount: c.reports,
      actorCount: c.actors,
      statementCount: c.statements,
      meetingCount: c.meetings,
      agreementCount: c.agreements,
    }));
  }

  @FieldResolver(() => CoverageMatrix, { description: 'Statements (filtered, ordered and paged like `Query.statements`) against the sources reporting them.' })
  coverage(@Args(() => StatementListArgs) args: ListArgs<StatementWhere, StatementOrderField>, @Ctx() { store }: ApiContext): CoverageMatrixValue {
    const page = listPage(listsOf(store).statements, (filter, order) => queryStatements(store, filter, order), args);
    const sourceIds = new Set(page.nodes.flatMap((s) => [...store.sourceIdsOf(s.id)]));
    const sources = listsOf(store).sources;
    const columns = [...sourceIds]
      .map((id) => ({ id, position: sources.position(id)! }))
      .sort((a, b) => a.position - b.position)
      .map(({ id }) => id);
    return {
      sources: columns.map((id) => store.source(id)!),
      rows: page.nodes.map((statement) => {
        const reportedBy = store.sourceIdsOf(statement.id);
        return { statement, cells: columns.map((id) => reportedBy.has(id)) };
      }),
      totalCount: page.totalCount,
      pageInfo: page.pageInfo,
    };
  }
}
