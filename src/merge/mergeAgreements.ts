import type { ArticleExtraction, ExtractedAgreement } from '../extract/types';
import type { AgreementNode, AgreementStatus } from '../ontology/types';
import { slugify } from '../extract/textForms';
import { mostCommon, reportOf, sortReports } from './reports';
import { UnionFind } from './UnionFind';
import { appendTo } from '../listIndex';

export interface AgreementOccurrence {
  sourceId: string;
  text: string;
  agreement: ExtractedAgreement;
  /** The reporting article's date, when it has one. */
  publishedAt?: string;
}

/** Reports further apart than this are of different events, whatever parties they share. */
const MAX_DAYS_APART = 14;
const DAY_MS = 24 * 3600 * 1000;

/** Whether two reports can tell one event: undated ones can; dated ones within a fortnight of each other. */
export function closeInTime(a: AgreementOccurrence, b: AgreementOccurrence): boolean {
  const da = Date.parse(a.publishedAt ?? '');
  const db = Date.parse(b.publishedAt ?? '');
  return Number.isNaN(da) || Number.isNaN(db) || Math.abs(da - db) <= MAX_DAYS_APART * DAY_MS;
}

const DECISIVENESS: AgreementStatus[] = ['REJECTED', 'IMPLEMENTED', 'CONDITIONAL', 'AGREED', 'PROPOSED'];

export function sameAgreement(a: ExtractedAgreement, b: ExtractedAgreement): boolean {
  if (a.kind !== b.kind || (a.scope ?? '') !== (b.scope ?? '')) return false;
  if (a.date && b.date && a.date !== b.date) return false;
  // A refusal is its own record ("Spain rejected the target the others agreed"), not a vote on the agreement's status.
  if ((a.status === 'REJECTED') !== (b.status === 'REJECTED')) return false;
  const shared = a.partyKeys.filter((k) => b.partyKeys.includes(k)).length;
  const smaller = Math.min(a.partyKeys.length, b.partyKeys.length);
  return shared >= 2 || (shared >= 1 && shared === smaller);
}

/** Only agreements of one kind and scope that share a party can be the same. */
export const agreementBlockKey = (a: ExtractedAgreement, party: string) => `${a.kind}|${a.scope ?? ''}|${party}`;

/** One agreement per kind, scope and overlapping parties; its status is what most sources say, the most decisive on a tie. */
export function mergeAgreements(extractions: ArticleExtraction[], actorId: (key: string) => string, actorName: (key: string) => string): AgreementNode[] {
  const occurrences = agreementOccurrences(extractions);
  const sets = new UnionFind(occurrences.length);
  // Only agreements of one kind and scope that share a party can be the same: compare within those blocks.
  const blocks = new Map<string, number[]>();
  occurrences.forEach((o, i) => {
    for (const party of o.agreement.partyKeys) {
      const key = agreementBlockKey(o.agreement, party);
      appendTo(blocks, key, i);
    }
  });
  for (const block of blocks.values()) {
    for (let x = 0; x < block.length; x++) {
      for (let y = x + 1; y < block.length; y++) {
        const [ox, oy] = [occurrences[block[x]], occurrences[block[y]]];
        if (sets.find(block[x]) !== sets.find(block[y]) && closeInTime(ox, oy) && sameAgreement(ox.agreement, oy.agreement)) sets.union(block[x], block[y]);
      }
    }
  }
  const nodes: AgreementNode[] = [];
  const used = new Set<string>();
  for (const group of sets.groups()) {
    const members = group.map((i) => occurrences[i]);
    let id = agreementBaseId(members);
    while (used.has(id)) id += '-2';
    used.add(id);
    nodes.push(agreementNode(id, members, actorId, actorName));
  }
  return nodes.sort((a, b) => a.id.localeCompare(b.id));
}

const partiesOf = (members: AgreementOccurrence[]) => [...new Set(members.flatMap((m) => m.agreement.partyKeys))].sort();

/** An agreement's id before collisions are resolved: kind, scope and parties. */
export function agreementBaseId(members: AgreementOccurrence[]): string {
  const a0 = members[0].agreement;
  return `agreement:${slugify(a0.kind)}${a0.scope ? `-${slugify(a0.scope)}` : ''}-${partiesOf(members).join('-')}`;
}

/** The agreement node of one cluster of occurrences (in input order). */
export function agreementNode(id: string, members: AgreementOccurrence[], actorId: (key: string) => string, actorName: (key: string) => string): AgreementNode {
  const parties = partiesOf(members);
  const a0 = members[0].agreement;
  const statuses = members.map((m) => m.agreement.status);
  const top = mostCommon(statuses)!;
  const topCount = statuses.filter((s) => s === top).length;
  const status = DECISIVENESS.find((s) => statuses.filter((x) => x === s).length === topCount) ?? top;
  const kindTitle = a0.kind[0].toUpperCase() + a0.kind.slice(1);
  return {
    id,
    title: `${a0.scope ? `${kindTitle} (${a0.scope})` : kindTitle}: ${parties.map(actorName).join(', ')}`,
    status,
    date: mostCommon(members.map((m) => m.agreement.date)),
    partyIds: parties.map(actorId),
    terms: members.map((m) => m.agreement.terms).reduce((a, b) => (b.length > a.length ? b : a)),
    reports: sortReports(members.flatMap((m) => m.agreement.spans.map((sp) => reportOf(m.sourceId, m.text, sp)))),
  };
}

/** Each agreement an article reports, with where it comes from. */
export function agreementOccurrences(extractions: ArticleExtraction[]): AgreementOccurrence[] {
  return extractions.flatMap((e) => e.agreements.map((agreement) => ({ sourceId: `source:${e.article.id}`, text: e.article.text, agreement, publishedAt: e.article.publishedAt })));
}
