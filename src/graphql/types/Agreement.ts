import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../scalars';
import { AgreementStatus } from './enums';
import { Node } from './Node';

@ObjectType('Agreement', { simpleResolvers: true, implements: Node, description: 'A deal, ceasefire or other arrangement between parties, at any stage.' })
export class Agreement implements Node {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => AgreementStatus)
  status!: keyof typeof AgreementStatus;

  @Field(() => DateScalar, { nullable: true })
  date?: string;

  @Field(() => String, { nullable: true })
  terms?: string;
}
