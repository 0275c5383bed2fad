import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../connection';
import { Actor } from './Actor';
import { Source } from './Source';
import { Statement } from './Statement';

@ObjectType('TypeCounts', { simpleResolvers: true, description: 'How many nodes of each type the ontology holds.' })
export class TypeCounts {
  @Field(() => Int) sources!: number;
  @Field(() => Int) actors!: number;
  @Field(() => Int) statements!: number;
  @Field(() => Int) meetings!: number;
  @Field(() => Int) agreements!: number;
  @Field(() => Int) discrepancies!: number;
}

@ObjectType('SpeakerStatementCount', { simpleResolvers: true })
export class SpeakerStatementCount {
  @Field(() => Actor)
  speaker!: Actor;

  @Field(() => Int)
  statementCount!: number;
}

@ObjectType('SourceStats', { simpleResolvers: true, description: 'What one source contributes to the ontology.' })
export class SourceStats {
  @Field(() => Source)
  source!: Source;

  @Field(() => Int, { description: 'Report spans in this source, over actors, statements, meetings and agreements.' })
  reportCount!: number;

  @Field(() => Int) actorCount!: number;
  @Field(() => Int) statementCount!: number;
  @Field(() => Int) meetingCount!: number;
  @Field(() => Int) agreementCount!: number;
}

@ObjectType('CoverageRow', { simpleResolvers: true })
export class CoverageRow {
  @Field(() => Statement)
  statement!: Statement;

  @Field(() => [Boolean], { description: 'One cell per column of `CoverageMatrix.sources`: whether that source reports the statement.' })
  cells!: boolean[];
}

@ObjectType('CoverageMatrix', {
  simpleResolvers: true,
  description:
    'Which source (and so which outlet) reports which statement, one page of statements at a time. The columns are ' +
    'the sources that report any statement of the page, in the ontology’s order.',
})
export class CoverageMatrix {
  @Field(() => [Source])
  sources!: Source[];

  @Field(() => [CoverageRow])
  rows!: CoverageRow[];

  @Field(() => Int, { description: 'Statements that match the filter, not just this page.' })
  totalCount!: number;

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

/** Aggregates for dashboards; every field is resolved by StatsResolver from the store's indexes. */
@ObjectType('Stats', { simpleResolvers: true, description: 'Counts and coverage for dashboards, without fetching the nodes themselves.' })
export class Stats {}
