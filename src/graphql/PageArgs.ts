import { IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

/** Checked by class-validator (the schema is built with `validate: true`), failing as BAD_USER_INPUT. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `How many items to return, 0 to ${MAX_PAGE_SIZE}.`,
  })
  // An explicit null means the default, like leaving the argument out.
  @IsOptional()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first?: number | null;

  // Checked against the list itself when paging (connection.ts), since only the store knows its cursors.
  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (an `endCursor` or an edge `cursor`).' })
  after?: string | null;
}
