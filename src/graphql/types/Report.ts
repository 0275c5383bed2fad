import { Field, Int, ObjectType } from 'type-graphql';

/** `source` is resolved from the span's `sourceId` by ReportResolver. */
@ObjectType('Report', { simpleResolvers: true, description: 'Where a source says something: `source.text.slice(start, end) === excerpt`.' })
export class Report {
  @Field(() => String)
  excerpt!: string;

  @Field(() => Int, { description: 'Offset of the first character of the excerpt in `source.text`.' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the last character of the excerpt (half-open).' })
  end!: number;
}
