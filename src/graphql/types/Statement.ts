import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../scalars';
import { StatementKind } from './enums';
import { Node } from './Node';

@ObjectType('Statement', { simpleResolvers: true, implements: Node, description: 'Something an actor said, merged across the sources that report it.' })
export class Statement implements Node {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  text!: string;

  @Field(() => StatementKind)
  kind!: keyof typeof StatementKind;

  @Field(() => String, { nullable: true, description: 'Where it was said, e.g. "Truth Social".' })
  channel?: string;

  @Field(() => DateScalar, { nullable: true })
  date?: string;
}
