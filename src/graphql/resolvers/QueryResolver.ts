import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { OntologyNode } from '../../ontology/OntologyStore';
import type { AgreementNode, ActorNode, DiscrepancyRecord, MeetingNode, SourceRecord, StatementNode } from '../../ontology/types';
import {
  listsOf,
  queryActors,
  queryAgreements,
  queryDiscrepancies,
  queryMeetings,
  querySources,
  queryStatements,
  type ActorOrderField,
  type AgreementOrderField,
  type DiscrepancyOrderField,
  type MeetingOrderField,
  type SourceOrderField,
  type StatementOrderField,
} from '../../ontology/queries';
import type { Page } from '../connection';
import { pageComplexity } from '../limits/cost';
import type { ApiContext } from '../context';
import type { ActorWhere, AgreementWhere, DiscrepancyWhere, MeetingWhere, SourceWhere, StatementWhere } from '../inputs/filters';
import {
  ActorListArgs,
  AgreementListArgs,
  DiscrepancyListArgs,
  MeetingListArgs,
  SourceListArgs,
  StatementListArgs,
  listPage,
  type ListArgs,
} from '../inputs/lists';
import { Actor } from '../types/Actor';
import { Agreement } from '../types/Agreement';
import {
  ActorConnection,
  AgreementConnection,
  DiscrepancyConnection,
  MeetingConnection,
  SourceConnection,
  StatementConnection,
} from '../types/connections';
import { Meeting } from '../types/Meeting';
import { Node } from '../types/Node';
import { Source } from '../types/Source';
import { Statement } from '../types/Statement';

@Resolver()
export class QueryResolver {
  @Query(() => Node, { nullable: true, description: 'Any node by id, e.g. "actor:vladimir-putin".' })
  node(@Arg('id', () => ID) id: string, @Ctx() { store }: ApiContext): OntologyNode | null {
    return store.node(id) ?? null;
  }

  @Query(() => SourceConnection, { complexity: pageComplexity })
  sources(@Args(() => SourceListArgs) args: ListArgs<SourceWhere, SourceOrderField>, @Ctx() { store }: ApiContext): Page<SourceRecord> {
    return listPage(listsOf(store).sources, (filter, order) => querySources(store, filter, order), args);
  }

  @Query(() => ActorConnection, { complexity: pageComplexity })
  actors(@Args(() => ActorListArgs) args: ListArgs<ActorWhere, ActorOrderField>, @Ctx() { store }: ApiContext): Page<ActorNode> {
    return listPage(listsOf(store).actors, (filter, order) => queryActors(store, filter, order), args);
  }

  @Query(() => StatementConnection, { complexity: pageComplexity })
  statements(@Args(() => StatementListArgs) args: ListArgs<StatementWhere, StatementOrderField>, @Ctx() { store }: ApiContext): Page<StatementNode> {
    return listPage(listsOf(store).statements, (filter, order) => queryStatements(store, filter, order), args);
  }

  @Query(() => MeetingConnection, { complexity: pageComplexity })
  meetings(@Args(() => MeetingListArgs) args: ListArgs<MeetingWhere, MeetingOrderField>, @Ctx() { store }: ApiContext): Page<MeetingNode> {
    return listPage(listsOf(store).meetings, (filter, order) => queryMeetings(store, filter, order), args);
  }

  @Query(() => AgreementConnection, { complexity: pageComplexity })
  agreements(@Args(() => AgreementListArgs) args: ListArgs<AgreementWhere, AgreementOrderField>, @Ctx() { store }: ApiContext): Page<AgreementNode> {
    return listPage(listsOf(store).agreements, (filter, order) => queryAgreements(store, filter, order), args);
  }

  @Query(() => DiscrepancyConnection, { description: 'Facts on which the sources disagree.', complexity: pageComplexity })
  discrepancies(@Args(() => DiscrepancyListArgs) args: ListArgs<DiscrepancyWhere, DiscrepancyOrderField>, @Ctx() { store }: ApiContext): Page<DiscrepancyRecord> {
    return listPage(listsOf(store).discrepancies, (filter, order) => queryDiscrepancies(store, filter, order), args);
  }

  @Query(() => Source, { nullable: true })
  source(@Arg('id', () => ID) id: string, @Ctx() { store }: ApiContext): SourceRecord | null {
    return store.source(id) ?? null;
  }

  @Query(() => Actor, { nullable: true })
  actor(@Arg('id', () => ID) id: string, @Ctx() { store }: ApiContext): ActorNode | null {
    return store.actor(id) ?? null;
  }

  @Query(() => Statement, { nullable: true })
  statement(@Arg('id', () => ID) id: string, @Ctx() { store }: ApiContext): StatementNode | null {
    return store.statement(id) ?? null;
  }

  @Query(() => Meeting, { nullable: true })
  meeting(@Arg('id', () => ID) id: string, @Ctx() { store }: ApiContext): MeetingNode | null {
    return store.meeting(id) ?? null;
  }

  @Query(() => Agreement, { nullable: true })
  agreement(@Arg('id', () => ID) id: string, @Ctx() { store }: ApiContext): AgreementNode | null {
    return store.agreement(id) ?? null;
  }
}
