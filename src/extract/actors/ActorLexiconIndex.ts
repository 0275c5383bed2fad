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
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** An ASCII letter or digit; the Unicode classes are asked only about other characters, which are rare. */
function isAsciiWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

// Both run at every token of every article, so they read ASCII themselves and leave the rest to the expressions.
function leadWord(s: string, at = 0): string | undefined {
  let end = at;
  while (end < s.length) {
    const c = s.charCodeAt(end);
    if (c >= 128) {
      LEAD_WORD.lastIndex = at;
      return LEAD_WORD.exec(s)?.[0];
    }
    if (!isAsciiWordCode(c)) break;
    end++;
  }
  return end > at ? s.slice(at, end) : undefined;
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
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c < 128 ? isAsciiWordCode(c) : WORD_CHAR.test(ch);
}

/** What the lexicon has starting at a position: the longest actor form and the longest place form. */
export interface FormsAt {
  form?: LexiconForm;
  place?: PlaceForm;
}
const NOTHING: FormsAt = Object.freeze({});

/** Everything filed under one lead word, so that a word of the text is looked up once. */
interface LeadEntry {
  forms?: LexiconForm[];
  places?: PlaceForm[];
  /** Some lower-cased organisation name starts with this word. */
  loose?: boolean;
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
  private readonly slugs = new Map<string, string>();
  private readonly byLead = new Map<string, LeadEntry>();
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
    const entryOf = (lead: string) => {
      let entry = this.byLead.get(lead);
      if (!entry) this.byLead.set(lead, (entry = {}));
      return entry;
    };
    for (const [lead, forms] of this.forms) entryOf(lead).forms = forms;
    for (const [lead, places] of this.places) entryOf(lead).places = places;
    for (const lead of this.looseForms.keys()) entryOf(lead).loose = true;
    this.titleWords = new Set(TITLE_WORDS.map((t) => t.toLowerCase()));
    this.titleHeads = new Set(TITLE_WORDS.map((t) => t.toLowerCase().split(/\s+/).pop() as string));
    this.honorifics = new Set(HONORIFICS.map((h) => h.replace(/\.$/, '')));
  }

  entry(name: string): LexiconActor | undefined {
    return this.byName.get(name);
  }

  /** The actor's key: the slug of its name. */
  keyOf(entry: LexiconActor): string {
    return this.slugOf(entry.name);
  }

  /** The key of the actor an entry is affiliated with, if any. */
  affiliationKeyOf(entry: LexiconActor): string | undefined {
    return entry.affiliation ? this.slugOf(entry.affiliation) : undefined;
  }

  /** Slugs of lexicon names, computed once per name: every mention of an actor asks for its key. */
  private slugOf(name: string): string {
    let slug = this.slugs.get(name);
    if (slug === undefined) {
      slug = slugify(name);
      this.slugs.set(name, slug);
    }
    return slug;
  }

  /**
   * The longest actor form and the longest place form starting exactly at `pos` and ending on a word boundary.
   * Organisation names also match lower-cased ("the commerce ministry").
   */
  formsAt(text: string, pos: number): FormsAt {
    if (isWordChar(text[pos - 1])) return NOTHING;
    const lead = leadWord(text, pos);
    if (!lead) return NOTHING;
    const entry = this.byLead.get(lead);
    const lower = lead.toLowerCase();
    const loose = lower === lead ? entry?.loose : this.byLead.get(lower)?.loose;
    if (!entry && !loose) return NOTHING;
    const place = this.longestAt(entry?.places, text, pos);
    const form = this.longestAt(entry?.forms, text, pos) ?? (loose ? this.looseAt(text, pos) : undefined);
    return { form, place };
  }

  private looseAt(text: string, pos: number): LexiconForm | undefined {
    const lowered = text.slice(pos, pos + 80).toLowerCase();
    const lead = leadWord(lowered);
    return lead ? this.longestAt(this.looseForms.get(lead), lowered, 0) : undefined;
  }

  private longestAt<T extends { form: string }>(candidates: readonly T[] | undefined, text: string, pos: number): T | undefined {
    for (const candidate of candidates ?? []) {
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
