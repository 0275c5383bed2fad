/** The ontology as plain typed data: what the merge stage produces and the store indexes. */

export type ActorKind = 'PERSON' | 'ORGANIZATION' | 'COUNTRY' | 'GROUP';
export type StatementKind = 'DIRECT_QUOTE' | 'PARAPHRASE';
export type AgreementStatus = 'PROPOSED' | 'AGREED' | 'IMPLEMENTED' | 'REJECTED' | 'CONDITIONAL';
export type DiscrepancyKind = 'VARIANT' | 'CONFLICT';

/** Exact provenance: `source.text.slice(start, end) === excerpt`. */
export interface ReportSpan {
  sourceId: string;
  start: number;
  end: number;
  excerpt: string;
}

export interface SourceRecord {
  id: string; // "source:<file stem>"
  origin: string;
  title?: string;
  outlet?: string;
  url?: string;
  publishedAt?: string;
  text: string;
  wordCount: number;
  metadata: Record<string, string>;
  /** The write token that added it through addArticle, by name. */
  addedBy?: string;
  /** Quotes it tells as speech whose speaker the extractor could not resolve, each with its speech verb. */
  unattributedQuotes: ReportSpan[];
}

export interface ActorNode {
  id: string; // "actor:<slug>"
  name: string;
  kind: ActorKind;
  aliases: string[];
  titles: string[];
  affiliationId?: string;
  reports: ReportSpan[];
}

export interface StatementNode {
  id: string; // "statement:<speaker-slug>-<hash>"
  speakerId: string;
  text: string;
  kind: StatementKind;
  channel?: string;
  date?: string;
  meetingId?: string;
  aboutIds: string[];
  reports: ReportSpan[];
}

export interface MeetingNode {
  id: string; // "meeting:<date>-<participant-slugs>"
  title: string;
  date?: string;
  place?: string;
  duration?: string;
  participantIds: string[];
  reports: ReportSpan[];
}

export interface AgreementNode {
  id: string; // "agreement:<kind>-<party-slugs>[-<date>]"
  title: string;
  status: AgreementStatus;
  date?: string;
  partyIds: string[];
  terms?: string;
  reports: ReportSpan[];
}

/** One value of a disputed fact, with the reports that give it. */
export interface ReportedValue {
  value: string;
  reports: ReportSpan[];
}

/**
 * Sources give different values for the same fact. VARIANT: the values are compatible (a vaguer value that
 * contains a precise one, e.g. "over two hours" and "two and a half hours"); CONFLICT: they cannot both be true.
 */
export interface DiscrepancyRecord {
  id: string;
  subjectId: string;
  field: string;
  kind: DiscrepancyKind;
  values: ReportedValue[];
}

export interface Ontology {
  sources: SourceRecord[];
  actors: ActorNode[];
  statements: StatementNode[];
  meetings: MeetingNode[];
  agreements: AgreementNode[];
  discrepancies: DiscrepancyRecord[];
  /** Articles that failed to load or extract, by origin and reason. */
  warnings: { origin: string; reason: string }[];
}
