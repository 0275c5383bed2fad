import { IsOptional, Matches, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import type {
  ActorFilter,
  AgreementFilter,
  DiscrepancyFilter,
  MeetingFilter,
  SourceFilter,
  StatementFilter,
} from '../../ontology/queries';
import type { ActorKind as ActorKindValue, AgreementStatus as AgreementStatusValue, DiscrepancyKind as DiscrepancyKindValue, StatementKind as StatementKindValue } from '../../ontology/types';
import { DateScalar } from '../scalars';
import { ActorKind, AgreementStatus, DiscrepancyKind, StatementKind } from '../types/enums';
import { IsNodeId, IsNotBlank, NotBefore } from './validators';

/*
 * `where` inputs, one per top-level list: every field given must hold (AND). A null field is ignored, like an
 * absent one. Text fields compare without regard to case, accents or quote style; ids must be ids of the
 * right type. Validated by class-validator; a bad value is a BAD_USER_INPUT error naming the field.
 */

const MAX_TEXT = 200;

/** A text a field must contain or equal: optional, not blank, at most MAX_TEXT characters. */
function TextBound(): PropertyDecorator {
  return (target, key) => [IsOptional(), IsNotBlank(), MaxLength(MAX_TEXT)].forEach((decorate) => decorate(target, key));
}

/** An optional id of one node type. */
function OptionalId(prefix: Parameters<typeof IsNodeId>[0], example: string): PropertyDecorator {
  return (target, key) => [IsOptional(), IsNodeId(prefix, example)].forEach((decorate) => decorate(target, key));
}

/** Fields several where inputs share; type-graphql copies them into each subclass's input type. */
@InputType()
abstract class ReportedWhere {
  @Field(() => ID, { nullable: true, description: 'Reported by this source (for an actor: mentioned in it).' })
  @OptionalId('source', 'source:000_032f559aabc36aa4')
  sourceId?: string;
}

@InputType()
abstract class DatedWhere extends ReportedWhere {
  @Field(() => DateScalar, { nullable: true, description: 'On or after this day; items without a date never match a date bound.' })
  dateFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'On or before this day.' })
  @NotBefore('dateFrom')
  dateTo?: string;
}

@InputType('StatementWhere', { description: 'Statements that match every field given.' })
export class StatementWhere extends DatedWhere implements StatementFilter {
  @Field(() => ID, { nullable: true, description: 'Said by this actor.' })
  @OptionalId('actor', 'actor:vladimir-putin')
  speakerId?: string;

  @Field(() => StatementKind, { nullable: true })
  kind?: StatementKindValue;

  @Field(() => String, { nullable: true, description: 'Said on this channel, e.g. "Truth Social" (whole name, any case).' })
  @TextBound()
  channel?: string;

  @Field(() => ID, { nullable: true, description: 'Said at or about this meeting.' })
  @OptionalId('meeting', 'meeting:2025-04-11-steve-witkoff-vladimir-putin')
  meetingId?: string;

  @Field(() => ID, { nullable: true, description: 'About this actor.' })
  @OptionalId('actor', 'actor:russia')
  aboutId?: string;

  @Field(() => Int, { nullable: true, description: 'Reported by at least this many distinct sources (corroboration).' })
  @IsOptional()
  @Min(1)
  minSources?: number;

  @Field(() => String, { nullable: true, description: 'The text contains this, ignoring case, accents and quote style.' })
  @TextBound()
  textContains?: string;
}

@InputType('ActorWhere', { description: 'Actors that match every field given.' })
export class ActorWhere extends ReportedWhere implements ActorFilter {
  @Field(() => ActorKind, { nullable: true })
  kind?: ActorKindValue;

  @Field(() => String, { nullable: true, description: 'The name or an alias contains this, ignoring case, accents and quote style.' })
  @TextBound()
  nameContains?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: actors who made at least one statement; false: those who made none.' })
  hasStatements?: boolean;
}

@InputType('MeetingWhere', { description: 'Meetings that match every field given.' })
export class MeetingWhere extends DatedWhere implements MeetingFilter {
  @Field(() => ID, { nullable: true, description: 'With this participant.' })
  @OptionalId('actor', 'actor:vladimir-putin')
  participantId?: string;

  @Field(() => String, { nullable: true, description: 'Held at this place, e.g. "St Petersburg" (whole name, any case).' })
  @TextBound()
  place?: string;
}

@InputType('AgreementWhere', { description: 'Agreements that match every field given.' })
export class AgreementWhere extends DatedWhere implements AgreementFilter {
  @Field(() => AgreementStatus, { nullable: true })
  status?: AgreementStatusValue;

  @Field(() => ID, { nullable: true, description: 'With this party.' })
  @OptionalId('actor', 'actor:russia')
  partyId?: string;
}

@InputType('SourceWhere', { description: 'Sources that match every field given.' })
export class SourceWhere implements SourceFilter {
  @Field(() => String, { nullable: true, description: 'Published by this outlet (whole name, any case).' })
  @TextBound()
  outlet?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Published on or after this day; sources without a date never match a date bound.' })
  publishedFrom?: string;

  @Field(() => DateScalar, { nullable: true })
  @NotBefore('publishedFrom')
  publishedTo?: string;
}

@InputType('DiscrepancyWhere', { description: 'Discrepancies that match every field given.' })
export class DiscrepancyWhere implements DiscrepancyFilter {
  @Field(() => ID, { nullable: true, description: 'About this node.' })
  @IsOptional()
  @Matches(/^(source|actor|statement|meeting|agreement):\S+$/, { message: '$property must be a node id such as "meeting:2025-04-11-steve-witkoff-vladimir-putin"' })
  subjectId?: string;

  @Field(() => DiscrepancyKind, { nullable: true })
  kind?: DiscrepancyKindValue;

  @Field(() => String, { nullable: true, description: 'The disputed field, e.g. "duration".' })
  @TextBound()
  field?: string;
}
