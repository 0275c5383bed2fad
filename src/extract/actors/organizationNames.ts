import type { Token } from '../../nlp/types';
import type { ActorKind } from '../../ontology/types';
import data from './data/organizationHeads.json';

const HEADS = new Map<string, ActorKind>([
  ...data.ORGANIZATION.map((w): [string, ActorKind] => [w, 'ORGANIZATION']),
  ...data.GROUP.map((w): [string, ActorKind] => [w, 'GROUP']),
]);

/**
 * The kind of an unknown capitalised name whose last word is an organisation-type head noun ("Three Rivers
 * Workers Union", "Northern Alliance"): a name never seen before is a body by its shape. Undefined otherwise,
 * leaving the name to the other shape rules.
 */
export function organizationKindOf(words: readonly string[]): ActorKind | undefined {
  if (words.length < 2) return undefined;
  const head = words[words.length - 1].toLowerCase().replace(/[.'’]/g, '');
  return HEADS.get(head);
}

/** Words that may open a run of capitalised words without being part of the name ("The", "At"). */
const OPENERS = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'ADV', 'AUX', 'PART', 'INTJ', 'PUNCT', 'SYM']);

/**
 * Where the name starts in a run of capitalised tokens that ends in an organisation head noun: after any
 * opening function word, and without taking title-like words for a title ("Lakeland Health Assembly",
 * "Northern Hills Alliance"). Undefined when the run does not end in a head noun.
 */
export function organizationNameStart(run: readonly Pick<Token, 'value' | 'pos'>[]): number | undefined {
  let from = 0;
  while (from < run.length && OPENERS.has(run[from].pos)) from++;
  return organizationKindOf(run.slice(from).map((t) => t.value)) ? from : undefined;
}

/** "the X Assembly (XA) plenary", "the X Conference session": after "at", the body whose session it is, not a venue. */
const SESSION_AFTER = /^(?:\s*\([^()]{1,12}\))?\s+(?:plenary|session|meeting|summit)\b/i;

export function isSessionOf(text: string, nameEnd: number): boolean {
  return SESSION_AFTER.test(text.slice(nameEnd, nameEnd + 30));
}

const LOWERCASE_HEADS = new Set(data.lowercaseHeads);

/**
 * "the Riverside District 12 union": a lower-case head noun (after an optional number) that ends the name
 * of the capitalised run ending at token `last`. The index of that head, or undefined.
 */
export function lowercaseHeadAfter(tokens: readonly Pick<Token, 'value' | 'normal' | 'pos'>[], last: number): number | undefined {
  let k = last + 1;
  if (/^\d+$/.test(tokens[k]?.value ?? '')) k++;
  const head = tokens[k];
  return head && head.value === head.normal && LOWERCASE_HEADS.has(head.normal) ? k : undefined;
}
