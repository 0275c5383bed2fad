import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../scalars';
import { Node } from './Node';

@ObjectType('Meeting', { simpleResolvers: true, implements: Node })
export class Meeting implements Node {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => DateScalar, { nullable: true })
  date?: string;

  @Field(() => String, { nullable: true })
  place?: string;

  @Field(() => String, { nullable: true, description: 'As the sources put it, e.g. "over four hours".' })
  duration?: string;
}
