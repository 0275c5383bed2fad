import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import { stripAccents } from '../extract/textForms';
import type { OntologyNode, OntologyStore } from './OntologyStore';
import { appendTo } from '../listIndex';

export type SearchableType = OntologyNode['type'];

/** The searchable fields of a node, named so that a hit can say where it matched. */
interface SearchDocument {
  id: string;
  type: SearchableType;
  name?: string;
  aliases?: string;
  titles?: string;
  title?: string;
  place?: string;
  outlet?: string;
  text?: string;
}

type SearchField = Exclude<keyof SearchDocument, 'id' | 'type'>;

/** A name counts more than a passing mention in a long text. */
const BOOST: Record<SearchField, number> = { name: 4, aliases: 3, title: 2, place: 2, outlet: 2, titles: 1.5, text: 1 };
const FIELDS = Object.keys(BOOST) as SearchField[];

/** Words too common to tell documents apart; left out of the index and of queries. */
const STOPWORDS = new Set(
  'a an and are as at be but by for from had has have he her his i in into is it its of on or our she that the their them they this to was we were will with would'.split(' '),
);

function processTerm(term: string): string | null {
  const folded = stripAccents(term).toLowerCase();
  return STOPWORDS.has(folded) ? null : folded;
}

function documentOf(node: OntologyNode): SearchDocument {
  switch (node.type) {
    case 'Actor':
      return { id: node.id, type: node.type, name: node.name, aliases: node.aliases.join(' · '), titles: node.titles.join(' · ') };
    case 'Statement':
      return { id: node.id, type: node.type, text: node.text };
    case 'Meeting':
      return { id: node.id, type: node.type, title: node.title, place: node.place };
    case 'Agreement':
      return { id: node.id, type: node.type, title: node.title, text: node.terms };
    case 'Source':
      return { id: node.id, type: node.type, title: node.title, outlet: node.outlet, text: node.text };
  }
}

/** Every node of this ontology version in one MiniSearch index (BM25+ ranking), built on first search. */
function buildSearchIndex(store: OntologyStore): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>({ fields: FIELDS, storeFields: ['type'], processTerm });
  for (const list of [store.actors, store.statements, store.meetings, store.agreements, store.sources]) {
    index.addAll(list.map((item) => documentOf(store.node(item.id)!)));
  }
  return index;
}

/** Builds the search index now, so that the first search of a new ontology version does not wait for it. */
export function prepareSearch(store: OntologyStore): void {
  store.derived(buildSearchIndex);
}

export interface SearchHit {
  node: OntologyNode;
  score: number;
  /** The field the snippet comes from, e.g. "name" or "text". */
  field: SearchField;
  /** The matching passage of that field, with "…" where it was cut. */
  snippet: string;
  /** The indexed words that matched (folded: lower case, no accents). */
  terms: string[];
}

export interface SearchRequest {
  text: string;
  first: number;
  types?: readonly SearchableType[];
}

const SNIPPET_BEFORE = 60;
const SNIPPET_AFTER = 100;

/** `text` lower-cased and without accents, with the index in `text` of each of its characters. */
function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = stripAccents(text[i]).toLowerCase();
    folded += f;
    for (let k = 0; k < f.length; k++) offsets.push(i);
  }
  return { folded, offsets };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The first place a matched word starts a word of `text`, with some context around it, cut at word boundaries. */
function snippetOf(text: string, terms: readonly string[]): string {
  const { folded, offsets } = foldWithOffsets(text);
  let at = -1;
  for (const term of terms) {
    for (let i = folded.indexOf(term); i >= 0; i = folded.indexOf(term, i + 1)) {
      if (i === 0 || !WORD_CHAR.test(folded[i - 1])) {
        if (at < 0 || offsets[i] < at) at = offsets[i];
        break;
      }
    }
  }
  if (at < 0) at = 0;
  let start = Math.max(0, at - SNIPPET_BEFORE);
  let end = Math.min(text.length, at + SNIPPET_AFTER);
  while (start > 0 && start < at && WORD_CHAR.test(text[start - 1])) start++;
  while (end < text.length && end > at + 1 && WORD_CHAR.test(text[end])) end--;
  const passage = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${passage}${end < text.length ? '…' : ''}`;
}

/** The matched field that counts most, and the words that matched in it. */
function bestField(result: SearchResult): { field: SearchField; terms: string[] } {
  const byField = new Map<SearchField, string[]>();
  for (const [term, fields] of Object.entries(result.match)) {
    for (const field of fields as SearchField[]) appendTo(byField, field, term);
  }
  const [field, terms] = [...byField.entries()].sort((a, b) => BOOST[b[0]] - BOOST[a[0]])[0];
  return { field, terms };
}

/**
 * Ranked hits for `text` over actors (name, aliases, titles), statements, meetings, agreements and sources.
 * Every word must match (the last one also as a prefix, for search as you type; longer words also with a
 * typo); when no node has them all, nodes with any of them are ranked instead.
 */
export function search(store: OntologyStore, { text, first, types }: SearchRequest): SearchHit[] {
  const index = store.derived(buildSearchIndex);
  const options: SearchOptions = {
    boost: BOOST,
    prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3,
    fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
    combineWith: 'AND',
    filter: types === undefined ? undefined : (result) => types.includes(result.type),
  };
  let results = index.search(text, options);
  if (results.length === 0) results = index.search(text, { ...options, combineWith: 'OR' });
  return results.slice(0, first).map((result) => {
    const node = store.node(result.id)!;
    const { field, terms } = bestField(result);
    const value = documentOf(node)[field] ?? '';
    return { node, score: result.score, field, snippet: snippetOf(value, terms), terms: result.terms };
  });
}
