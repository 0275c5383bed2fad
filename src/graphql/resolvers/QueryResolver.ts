import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { OntologyNode } from '../../ontology/OntologyStore';
import type { AgreementNode, ActorNode, DiscrepancyRecord, MeetingNode, SourceRecord, StatementNode } from '../../ontology/types';
import { paginate, type Page } from '../connection';
import { pageComplexity } from '../limits/cost';
import type { ApiContext } from '../context';
import { PageArgs } from '../PageArgs';
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
  sources(@Args(() => PageArgs) page: PageArgs, @Ctx() { store }: ApiContext): Page<SourceRecord> {
    return paginate(store.sources, (id) => store.positionIn('sources', id), page);
  }

  @Query(() => ActorConnection, { complexity: pageComplexity })
  actors(@Args(() => PageArgs) page: PageArgs, @Ctx() { store }: ApiContext): Page<ActorNode> {
    return paginate(store.actors, (id) => store.positionIn('actors', id), page);
  }

  @Query(() => StatementConnection, { complexity: pageComplexity })
  statements(@Args(() => PageArgs) page: PageArgs, @Ctx() { store }: ApiContext): Page<StatementNode> {
    return paginate(store.statements, (id) => store.positionIn('statements', id), page);
  }

  @Query(() => MeetingConnection, { complexity: pageComplexity })
  meetings(@Args(() => PageArgs) page: PageArgs, @Ctx() { store }: ApiContext): Page<MeetingNode> {
    return paginate(store.meetings, (id) => store.positionIn('meetings', id), page);
  }

  @Query(() => AgreementConnection, { complexity: pageComplexity })
  agreements(@Args(() => PageArgs) page: PageArgs, @Ctx() { store }: ApiContext): Page<AgreementNode> {
    return paginate(store.agreements, (id) => store.positionIn('agreements', id), page);
  }

  @Query(() => DiscrepancyConnection, { description: 'Facts on which the sources disagree.', complexity: pageComplexity })
  discrepancies(@Args(() => PageArgs) page: PageArgs, @Ctx() { store }: ApiContext): Page<DiscrepancyRecord> {
    return paginate(store.discrepancies, (id) => store.positionIn('discrepancies', id), page);
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
