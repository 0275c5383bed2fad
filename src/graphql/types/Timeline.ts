import { createUnionType, Field, ObjectType, registerEnumType } from 'type-graphql';
import type { TimelineKind as TimelineKindValue } from '../../ontology/timeline';
import { DateScalar } from '../scalars';
import { Agreement } from './Agreement';
import { Meeting } from './Meeting';
import { nodeTypeName } from './Node';
import { Statement } from './Statement';

export const TimelineKind = { MEETING: 'Meeting', AGREEMENT: 'Agreement', STATEMENT: 'Statement' } as const satisfies Record<string, TimelineKindValue>;

registerEnumType(TimelineKind, { name: 'TimelineKind' });

export const TimelineNode = createUnionType({
  name: 'TimelineNode',
  description: 'Something that happened on a day.',
  types: () => [Meeting, Agreement, Statement] as const,
  resolveType: nodeTypeName,
});

@ObjectType('TimelineEntry', { simpleResolvers: true, description: 'A dated meeting, agreement or statement.' })
export class TimelineEntry {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => TimelineKind)
  kind!: TimelineKindValue;

  @Field(() => TimelineNode)
  node!: typeof TimelineNode;
}
