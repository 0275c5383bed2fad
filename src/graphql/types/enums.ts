import { registerEnumType } from 'type-graphql';
import type {
  ActorKind as ActorKindValue,
  AgreementStatus as AgreementStatusValue,
  DiscrepancyKind as DiscrepancyKindValue,
  StatementKind as StatementKindValue,
} from '../../ontology/types';
import type { OrderDirection as OrderDirectionValue } from '../../ontology/ListIndex';
import type {
  ActorOrderField as ActorOrderFieldValue,
  AgreementOrderField as AgreementOrderFieldValue,
  DiscrepancyOrderField as DiscrepancyOrderFieldValue,
  MeetingOrderField as MeetingOrderFieldValue,
  SourceOrderField as SourceOrderFieldValue,
  StatementOrderField as StatementOrderFieldValue,
} from '../../ontology/queries';

/*
 * type-graphql registers enums from runtime objects; the ontology declares them as string unions.
 * Each object maps a GraphQL value to the identical stored string, and `satisfies` keeps the two in step.
 */

export const ActorKind = {
  PERSON: 'PERSON',
  ORGANIZATION: 'ORGANIZATION',
  COUNTRY: 'COUNTRY',
  GROUP: 'GROUP',
} as const satisfies Record<ActorKindValue, ActorKindValue>;

export const StatementKind = {
  DIRECT_QUOTE: 'DIRECT_QUOTE',
  PARAPHRASE: 'PARAPHRASE',
} as const satisfies Record<StatementKindValue, StatementKindValue>;

export const AgreementStatus = {
  PROPOSED: 'PROPOSED',
  AGREED: 'AGREED',
  IMPLEMENTED: 'IMPLEMENTED',
  REJECTED: 'REJECTED',
  CONDITIONAL: 'CONDITIONAL',
} as const satisfies Record<AgreementStatusValue, AgreementStatusValue>;

export const DiscrepancyKind = {
  VARIANT: 'VARIANT',
  CONFLICT: 'CONFLICT',
} as const satisfies Record<DiscrepancyKindValue, DiscrepancyKindValue>;

registerEnumType(ActorKind, { name: 'ActorKind' });
registerEnumType(StatementKind, {
  name: 'StatementKind',
  valuesConfig: {
    DIRECT_QUOTE: { description: 'The speaker’s words in quotation marks.' },
    PARAPHRASE: { description: 'What the speaker said, in the reporter’s words.' },
  },
});
registerEnumType(AgreementStatus, { name: 'AgreementStatus' });
registerEnumType(DiscrepancyKind, {
  name: 'DiscrepancyKind',
  valuesConfig: {
    VARIANT: { description: 'Compatible values, one vaguer than another (“over two hours” vs “two and a half hours”).' },
    CONFLICT: { description: 'Values that cannot both be true.' },
  },
});

/* Orderings: the fields each top-level list can be ordered by (src/ontology/queries.ts), and a direction. */

/** The orderings of every dated, reported list. */
const BY_DATE_OR_SOURCES = { DATE: 'DATE', SOURCE_COUNT: 'SOURCE_COUNT' } as const;

export const OrderDirection = { ASC: 'ASC', DESC: 'DESC' } as const satisfies Record<OrderDirectionValue, OrderDirectionValue>;
export const StatementOrderField = { ...BY_DATE_OR_SOURCES } satisfies Record<StatementOrderFieldValue, StatementOrderFieldValue>;
export const ActorOrderField = {
  NAME: 'NAME',
  STATEMENT_COUNT: 'STATEMENT_COUNT',
  SOURCE_COUNT: 'SOURCE_COUNT',
} as const satisfies Record<ActorOrderFieldValue, ActorOrderFieldValue>;
export const MeetingOrderField = { ...BY_DATE_OR_SOURCES } satisfies Record<MeetingOrderFieldValue, MeetingOrderFieldValue>;
export const AgreementOrderField = { ...BY_DATE_OR_SOURCES } satisfies Record<AgreementOrderFieldValue, AgreementOrderFieldValue>;
export const SourceOrderField = {
  PUBLISHED_AT: 'PUBLISHED_AT',
  WORD_COUNT: 'WORD_COUNT',
  STATEMENT_COUNT: 'STATEMENT_COUNT',
} as const satisfies Record<SourceOrderFieldValue, SourceOrderFieldValue>;
export const DiscrepancyOrderField = { FIELD: 'FIELD', VALUE_COUNT: 'VALUE_COUNT' } as const satisfies Record<DiscrepancyOrderFieldValue, DiscrepancyOrderFieldValue>;

registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Items without a value for the field (an undated meeting, say) come last in both directions.',
  valuesConfig: { ASC: { description: 'Smallest, earliest or A first.' }, DESC: { description: 'Largest, latest or Z first.' } },
});
registerEnumType(StatementOrderField, {
  name: 'StatementOrderField',
  valuesConfig: { DATE: { description: 'When it was said.' }, SOURCE_COUNT: { description: 'How many sources report it (corroboration).' } },
});
registerEnumType(ActorOrderField, {
  name: 'ActorOrderField',
  valuesConfig: {
    NAME: { description: 'Alphabetically, ignoring case and accents.' },
    STATEMENT_COUNT: { description: 'How many statements the actor made.' },
    SOURCE_COUNT: { description: 'How many sources mention the actor.' },
  },
});
registerEnumType(MeetingOrderField, { name: 'MeetingOrderField' });
registerEnumType(AgreementOrderField, { name: 'AgreementOrderField' });
registerEnumType(SourceOrderField, { name: 'SourceOrderField' });
registerEnumType(DiscrepancyOrderField, {
  name: 'DiscrepancyOrderField',
  valuesConfig: { FIELD: { description: 'The name of the disputed field.' }, VALUE_COUNT: { description: 'How many different values the sources give.' } },
});
