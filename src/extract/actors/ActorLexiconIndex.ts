import { ACTOR_LEXICON, PLACES, TITLE_WORDS, HONORIFICS } from '../lexicon';
import type { LexiconActor } from '../lexicon/types';
import { slugify } from '../textForms';

export type FormRole = 'name' | 'alias' | 'metonym' | 'demonym';

export interface LexiconForm {
  form: string;
  entry: LexiconActor;
  role: FormRole;
}

export interface PlaceForm {
  form: string;
  name: string;
  country: string;
}

/** The first run of letters/digits of a form or of the text at a position: the lookup key. */
const LEAD_WORD = /[\p{L}\p{N}]+/uy;

function leadWord(s: string, at = 0): string | undefined {
  LEAD_WORD.lastIndex = at;
  return LEAD_WORD.exec(s)?.[0];
}

function addForm<T extends { form: string }>(index: Map<string, T[]>, item: T): void {
  const key = leadWord(item.form);
  if (!key) return;
  const list = index.get(key) ?? [];
  list.push(item);
  index.set(key, list);
}

function sortLongestFirst<T extends { form: string }>(index: Map<string, T[]>): void {
  for (const list of index.values()) list.sort((a, b) => b.form.length - a.form.length);
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/**
 * The lexicon compiled for matching at any character position: forms are bucketed by their first word
 * and tried longest first, so "Washington Post" wins over "Washington".
 */
export class ActorLexiconIndex {
  private readonly forms = new Map<string, LexiconForm[]>();
  /** Multi-word organisation names by lower-cased lead word: news often lower-cases them ("the commerce ministry"). */
  private readonly looseForms = new Map<string, LexiconForm[]>();
  private readonly places = new Map<string, PlaceForm[]>();
  private readonly byName = new Map<string, LexiconActor>();
  readonly titleWords: ReadonlySet<string>;
  readonly titleHeads: ReadonlySet<string>;
  readonly honorifics: ReadonlySet<string>;

  constructor(lexicon: readonly LexiconActor[] = ACTOR_LEXICON) {
    for (const entry of lexicon) {
      this.byName.set(entry.name, entry);
      addForm(this.forms, { form: entry.name, entry, role: 'name' });
      for (const a of entry.aliases ?? []) addForm(this.forms, { form: a, entry, role: 'alias' });
      for (const m of entry.metonyms ?? []) addForm(this.forms, { form: m, entry, role: 'metonym' });
      for (const d of entry.demonyms ?? []) addForm(this.forms, { form: d, entry, role: 'demonym' });
    }
    for (const p of PLACES) {
      addForm(this.places, { form: p.name, name: p.name, country: p.country });
      for (const v of p.variants) addForm(this.places, { form: v, name: p.name, country: p.country });
    }
    for (const list of this.forms.values()) {
      for (const f of list) {
        if (f.entry.kind === 'ORGANIZATION' && f.role !== 'demonym' && /\s/.test(f.form) && /\p{Ll}/u.test(f.form)) addForm(this.looseForms, { ...f, form: f.form.toLowerCase() });
      }
    }
    sortLongestFirst(this.forms);
    sortLongestFirst(this.looseForms);
    sortLongestFirst(this.places);
    this.titleWords = new Set(TITLE_WORDS.map((t) => t.toLowerCase()));
    this.titleHeads = new Set(TITLE_WORDS.map((t) => t.toLowerCase().split(/\s+/).pop() as string));
    this.honorifics = new Set(HONORIFICS.map((h) => h.replace(/\.$/, '')));
  }

  entry(name: string): LexiconActor | undefined {
    return this.byName.get(name);
  }

  keyOf(entry: LexiconActor): string {
    return slugify(entry.name);
  }

  /** The longest actor form starting exactly at `pos` and ending on a word boundary. */
  actorAt(text: string, pos: number): LexiconForm | undefined {
    const exact = this.matchAt(this.forms, text, pos);
    if (exact) return exact;
    if (!this.looseForms.has(leadWord(text, pos)?.toLowerCase() ?? '')) return undefined;
    const loose = this.matchAt(this.looseForms, text.slice(pos, pos + 80).toLowerCase(), 0);
    return loose && text[pos - 1] !== undefined && /[\p{L}\p{N}]/u.test(text[pos - 1]) ? undefined : loose;
  }

  placeAt(text: string, pos: number): PlaceForm | undefined {
    return this.matchAt(this.places, text, pos);
  }

  private matchAt<T extends { form: string }>(index: Map<string, T[]>, text: string, pos: number): T | undefined {
    if (isWordChar(text[pos - 1])) return undefined;
    const key = leadWord(text, pos);
    if (!key) return undefined;
    for (const candidate of index.get(key) ?? []) {
      if (text.startsWith(candidate.form, pos) && !isWordChar(text[pos + candidate.form.length])) {
        // A form ending in "." (U.S.) may swallow a sentence-final period; that is still the form.
        return candidate;
      }
    }
    return undefined;
  }
}

let shared: ActorLexiconIndex | undefined;

/** Built once per process: compiling ~2,000 forms is cheap but not free. */
export function lexiconIndex(): ActorLexiconIndex {
  shared ??= new ActorLexiconIndex();
  return shared;
}
