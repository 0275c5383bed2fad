import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../scalars';
import { Node } from './Node';

@ObjectType('Source', { simpleResolvers: true, implements: Node, description: 'One news article of the corpus.' })
export class Source implements Node {
  @Field(() => ID, { description: 'Readable and deterministic: "source:" and the file name without extension.' })
  id!: string;

  @Field(() => String, { nullable: true })
  title?: string;

  @Field(() => String, { nullable: true })
  outlet?: string;

  @Field(() => String, { nullable: true })
  url?: string;

  @Field(() => DateScalar, { nullable: true })
  publishedAt?: string;

  @Field(() => String, { description: 'The article body; every Report offset points into it.' })
  text!: string;

  @Field(() => Int)
  wordCount!: number;
}
