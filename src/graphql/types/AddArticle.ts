import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ArticleFields } from '../../corpus/articleInput';
import { DateScalar } from '../scalars';
import { Node } from './Node';
import { Source } from './Source';
import { TypeCounts } from './Stats';

/** The fields and their class-validator rules come from ArticleFields, shared with `.jsonl` corpus files. */
@InputType('ArticleInput', { description: 'A news article to add to the ontology while the service runs.' })
export class ArticleInput extends ArticleFields {
  @Field(() => String, { description: 'The article body, kept exactly as given: every Report offset points into it. At most 500,000 characters.' })
  declare text: string;

  @Field(() => String, {
    nullable: true,
    description: 'Becomes "source:<id>": 1 to 128 letters, digits, "_", "." or "-". By default the date and a hash of the text.',
  })
  declare id?: string | null;

  @Field(() => String, { nullable: true })
  declare title?: string | null;

  @Field(() => String, { nullable: true, description: 'Who published it, e.g. "Reuters".' })
  declare outlet?: string | null;

  @Field(() => String, { nullable: true, description: 'An http or https URL.' })
  declare url?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Dates the article’s “on Friday” and the like.' })
  declare publishedAt?: string | null;
}

@ObjectType('AddArticlePayload', { simpleResolvers: true, description: 'The source an article became, and what it added to and changed in the ontology.' })
export class AddArticlePayload {
  @Field(() => Source)
  source!: Source;

  @Field(() => [Node], { description: 'Nodes the article brought in: its source, and actors, statements, meetings or agreements no source had reported.' })
  added!: Node[];

  @Field(() => [Node], { description: 'Nodes that existed and now differ: more reports, a settled date, another alias, ...' })
  changed!: Node[];

  @Field(() => [ID], { description: 'Ids that no longer exist, e.g. two statements the article showed to be one. Usually empty.' })
  removedIds!: string[];

  @Field(() => Int, {
    description: 'The article’s place in the article log: the ontology version (extensions.ontologyVersion with PostgreSQL) that first includes it.',
  })
  sequence!: number;

  @Field(() => TypeCounts, { description: 'The counts per type once the article is in.' })
  counts!: TypeCounts;
}
