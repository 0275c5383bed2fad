import { Field, ObjectType } from 'type-graphql';
import { DiscrepancyKind } from './enums';
import { Report } from './Report';

@ObjectType('ReportedValue', { simpleResolvers: true, description: 'One value of a disputed fact, with the reports that give it.' })
export class ReportedValue {
  @Field(() => String)
  value!: string;

  @Field(() => [Report])
  reports!: Report[];
}

/** `subject` is resolved from the record's `subjectId` by DiscrepancyResolver. */
@ObjectType('Discrepancy', { simpleResolvers: true, description: 'Sources give different values for the same fact of a node.' })
export class Discrepancy {
  @Field(() => String, { description: 'The field of the subject the sources disagree on, e.g. "duration".' })
  field!: string;

  @Field(() => DiscrepancyKind)
  kind!: keyof typeof DiscrepancyKind;

  @Field(() => [ReportedValue])
  values!: ReportedValue[];
}
