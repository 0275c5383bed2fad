import { Field, ID, ObjectType } from 'type-graphql';
import { ActorKind } from './enums';
import { Node } from './Node';

/** `reports` and the relation lists are resolved by ActorResolver. */
@ObjectType('Actor', { simpleResolvers: true, implements: Node, description: 'A person, organization, country or group the sources mention.' })
export class Actor implements Node {
  @Field(() => ID, { description: 'Readable and deterministic, e.g. "actor:vladimir-putin".' })
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ActorKind)
  kind!: keyof typeof ActorKind;

  @Field(() => [String], { description: 'Other names the sources use for this actor.' })
  aliases!: string[];

  @Field(() => [String], { description: 'Offices and roles, e.g. "US envoy".' })
  titles!: string[];
}
