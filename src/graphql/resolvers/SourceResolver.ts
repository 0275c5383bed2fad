import { Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ActorNode, AgreementNode, MeetingNode, ReportSpan, SourceRecord, StatementNode } from '../../ontology/types';
import type { ApiContext } from '../context';
import { slice, SliceArgs } from '../SliceArgs';
import { Actor } from '../types/Actor';
import { Agreement } from '../types/Agreement';
import { Meeting } from '../types/Meeting';
import { Report } from '../types/Report';
import { Source } from '../types/Source';
import { Statement } from '../types/Statement';

@Resolver(() => Source)
export class SourceResolver {
  @FieldResolver(() => [Actor], { description: 'Actors this source mentions.' })
  actors(@Root() source: SourceRecord, @Args(() => SliceArgs) page: SliceArgs, @Ctx() { store }: ApiContext): readonly ActorNode[] {
    return slice(store.actorsInSource(source.id), page);
  }

  @FieldResolver(() => [Statement], { description: 'Statements this source reports; `statementCount` says how many in all.' })
  statements(@Root() source: SourceRecord, @Args(() => SliceArgs) page: SliceArgs, @Ctx() { store }: ApiContext): readonly StatementNode[] {
    return slice(store.statementsInSource(source.id), page);
  }

  @FieldResolver(() => Int, { description: 'How many statements this source reports.' })
  statementCount(@Root() source: SourceRecord, @Ctx() { store }: ApiContext): number {
    return store.statementsInSource(source.id).length;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The name of the write token that added this article through addArticle. Null for articles of the corpus folder, and ' +
      'for every request without a valid token: who writes is shown only to those who hold a token.',
  })
  addedBy(@Root() source: SourceRecord, @Ctx() { viewer }: ApiContext): string | null {
    return viewer ? (source.addedBy ?? null) : null;
  }

  @FieldResolver(() => [Report], {
    description:
      'Quotes this source tells as speech (\'"…," an aide said\', \'said: "…"\') whose speaker the extractor could not resolve, each ' +
      'with its speech verb. They are kept here rather than given to a guessed actor, and are not statements.',
  })
  unattributedQuotes(@Root() source: SourceRecord, @Args(() => SliceArgs) page: SliceArgs): readonly ReportSpan[] {
    return slice(source.unattributedQuotes, page);
  }

  @FieldResolver(() => [Meeting])
  meetings(@Root() source: SourceRecord, @Args(() => SliceArgs) page: SliceArgs, @Ctx() { store }: ApiContext): readonly MeetingNode[] {
    return slice(store.meetingsInSource(source.id), page);
  }

  @FieldResolver(() => [Agreement])
  agreements(@Root() source: SourceRecord, @Args(() => SliceArgs) page: SliceArgs, @Ctx() { store }: ApiContext): readonly AgreementNode[] {
    return slice(store.agreementsInSource(source.id), page);
  }
}
