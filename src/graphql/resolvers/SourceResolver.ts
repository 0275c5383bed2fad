import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ActorNode, AgreementNode, MeetingNode, SourceRecord, StatementNode } from '../../ontology/types';
import type { ApiContext } from '../context';
import { Actor } from '../types/Actor';
import { Agreement } from '../types/Agreement';
import { Meeting } from '../types/Meeting';
import { Source } from '../types/Source';
import { Statement } from '../types/Statement';

@Resolver(() => Source)
export class SourceResolver {
  @FieldResolver(() => [Actor], { description: 'Actors this source mentions.' })
  actors(@Root() source: SourceRecord, @Ctx() { store }: ApiContext): readonly ActorNode[] {
    return store.actorsInSource(source.id);
  }

  @FieldResolver(() => [Statement], { description: 'Statements this source reports.' })
  statements(@Root() source: SourceRecord, @Ctx() { store }: ApiContext): readonly StatementNode[] {
    return store.statementsInSource(source.id);
  }

  @FieldResolver(() => [Meeting])
  meetings(@Root() source: SourceRecord, @Ctx() { store }: ApiContext): readonly MeetingNode[] {
    return store.meetingsInSource(source.id);
  }

  @FieldResolver(() => [Agreement])
  agreements(@Root() source: SourceRecord, @Ctx() { store }: ApiContext): readonly AgreementNode[] {
    return store.agreementsInSource(source.id);
  }
}
