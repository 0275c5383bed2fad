import { registerEnumType } from 'type-graphql';
import type {
  ActorKind as ActorKindValue,
  AgreementStatus as AgreementStatusValue,
  DiscrepancyKind as DiscrepancyKindValue,
  StatementKind as StatementKindValue,
} from '../../ontology/types';

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
