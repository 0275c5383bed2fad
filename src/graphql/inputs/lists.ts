import { ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, type ClassType } from 'type-graphql';
import type { ListIndex, Ordering, OrderDirection as OrderDirectionValue } from '../../ontology/ListIndex';
import { pageOf, type Page } from '../connection';
import { PageArgs } from '../PageArgs';
import {
  ActorOrderField,
  AgreementOrderField,
  DiscrepancyOrderField,
  MeetingOrderField,
  OrderDirection,
  SourceOrderField,
  StatementOrderField,
} from '../types/enums';
import { ActorWhere, AgreementWhere, DiscrepancyWhere, MeetingWhere, SourceWhere, StatementWhere } from './filters';

export interface ListArgs<W, F extends string> extends PageArgs {
  where?: W | null;
  orderBy?: Ordering<F> | null;
}

/**
 * `<name>Order { field: <name>OrderField!, direction: OrderDirection! }` and the arguments of the top-level
 * list: first/after, `where` and `orderBy`. Without `orderBy` a list keeps the ontology's own order.
 */
function listArgs<W extends object, E extends Record<string, string>>(name: string, where: ClassType<W>, fields: E) {
  type F = E[keyof E] & string;

  @InputType(`${name}Order`, { description: `How to order ${name} items; ties keep the ontology's order.` })
  class Order implements Ordering<F> {
    @Field(() => fields)
    field!: F;

    @Field(() => OrderDirection)
    direction!: OrderDirectionValue;
  }

  @ArgsType()
  class Args extends PageArgs implements ListArgs<W, F> {
    @Field(() => where, { nullable: true, description: 'Only the items that match every field given.' })
    @ValidateNested()
    where?: W | null;

    @Field(() => Order, { nullable: true })
    orderBy?: Order | null;
  }

  return Args;
}

export const StatementListArgs = listArgs('Statement', StatementWhere, StatementOrderField);
export const ActorListArgs = listArgs('Actor', ActorWhere, ActorOrderField);
export const MeetingListArgs = listArgs('Meeting', MeetingWhere, MeetingOrderField);
export const AgreementListArgs = listArgs('Agreement', AgreementWhere, AgreementOrderField);
export const SourceListArgs = listArgs('Source', SourceWhere, SourceOrderField);
export const DiscrepancyListArgs = listArgs('Discrepancy', DiscrepancyWhere, DiscrepancyOrderField);

/** A `where` input as the store's filter: fields set to null are left out, as if absent. */
function filterOf<W extends object>(where: W | null | undefined): Partial<W> {
  if (where == null) return {};
  return Object.fromEntries(Object.entries(where).filter(([, value]) => value != null)) as Partial<W>;
}

/** The page a top-level list query asks for: `query` filters and orders the list, `pageOf` cuts the page. */
export function listPage<T extends { id: string }, W extends object, F extends string>(
  list: ListIndex<T, F>,
  query: (filter: Partial<W>, order: Ordering<F> | undefined) => readonly T[],
  args: ListArgs<W, F>,
): Page<T> {
  const order = args.orderBy ?? undefined;
  return pageOf(list, query(filterOf(args.where), order), order, args);
}
