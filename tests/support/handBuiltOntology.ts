import { loadCorpus } from '../../src/corpus/loadCorpus';
import { OntologyStore } from '../../src/ontology/OntologyStore';
import type { Ontology, ReportSpan } from '../../src/ontology/types';
import { buildStore, toSourceRecord } from '../../src/pipeline';
import { SEEDS_DIR } from './testServer';

export const SOURCE = {
  s000: 'source:000_032f559aabc36aa4',
  s001: 'source:001_afd467b4330c55e2',
  s002: 'source:002_497e42434e3ba65f',
  s003: 'source:003_0b1de31f74846667',
  s004: 'source:004_fceb291943609c71',
};

/**
 * A small ontology written by hand over the real seed articles, with every span located in the real text:
 * what the extraction stages are expected to produce for the St Petersburg meeting. It lets the API's
 * relations be tested now, independently of extraction.
 */
export function handBuiltOntology(): Ontology {
  const sources = loadCorpus(SEEDS_DIR).articles.map((article) => toSourceRecord(article));
  const textOf = new Map(sources.map((s) => [s.id, s.text]));
  const span = (sourceId: string, excerpt: string): ReportSpan => {
    const start = textOf.get(sourceId)?.indexOf(excerpt) ?? -1;
    if (start < 0) throw new Error(`"${excerpt}" is not in ${sourceId}`);
    return { sourceId, start, end: start + excerpt.length, excerpt };
  };
  return {
    sources,
    actors: [
      {
        id: 'actor:steve-witkoff',
        name: 'Steve Witkoff',
        kind: 'PERSON',
        aliases: ['Witkoff'],
        titles: ['US envoy'],
        affiliationId: 'actor:united-states',
        reports: [span(SOURCE.s002, 'US envoy Steve Witkoff'), span(SOURCE.s004, 'US envoy Steve Witkoff')],
      },
      {
        id: 'actor:vladimir-putin',
        name: 'Vladimir Putin',
        kind: 'PERSON',
        aliases: ['Putin'],
        titles: ['Russian President'],
        affiliationId: 'actor:russia',
        reports: [span(SOURCE.s002, 'Russian President Vladimir Putin')],
      },
      {
        id: 'actor:kirill-dmitriev',
        name: 'Kirill Dmitriev',
        kind: 'PERSON',
        aliases: ['Dmitriev'],
        titles: ['special envoy'],
        affiliationId: 'actor:russia',
        reports: [span(SOURCE.s002, 'special envoy Kirill Dmitriev')],
      },
      { id: 'actor:russia', name: 'Russia', kind: 'COUNTRY', aliases: ['Moscow'], titles: [], reports: [span(SOURCE.s004, 'Russia')] },
      { id: 'actor:united-states', name: 'United States', kind: 'COUNTRY', aliases: ['US'], titles: [], reports: [span(SOURCE.s001, 'US')] },
    ],
    statements: [
      {
        id: 'statement:kirill-dmitriev-productive',
        speakerId: 'actor:kirill-dmitriev',
        text: 'productive',
        kind: 'DIRECT_QUOTE',
        date: '2025-04-11',
        meetingId: 'meeting:2025-04-11-steve-witkoff-vladimir-putin',
        aboutIds: ['actor:steve-witkoff', 'actor:vladimir-putin'],
        reports: [
          span(SOURCE.s002, 'Kirill Dmitriev as “productive.”'),
          span(SOURCE.s004, 'Dmitriev later called the meeting “productive,”'),
        ],
      },
      {
        id: 'statement:steve-witkoff-great-leader',
        speakerId: 'actor:steve-witkoff',
        text: 'Putin was a "great leader" and "not a bad guy"',
        kind: 'PARAPHRASE',
        aboutIds: ['actor:vladimir-putin'],
        reports: [
          span(SOURCE.s000, 'said Putin was a "great leader" and "not a bad guy"'),
          span(SOURCE.s003, 'said Putin was a "great leader" and "not a bad guy"'),
        ],
      },
    ],
    meetings: [
      {
        id: 'meeting:2025-04-11-steve-witkoff-vladimir-putin',
        title: 'Witkoff–Putin talks',
        date: '2025-04-11',
        place: 'St Petersburg',
        duration: 'four and a half hours',
        participantIds: ['actor:steve-witkoff', 'actor:vladimir-putin'],
        reports: [
          span(SOURCE.s002, 'Steve Witkoff met Russian President Vladimir Putin in St Petersburg'),
          span(SOURCE.s004, 'Steve Witkoff met Russian President Vladimir Putin in St Petersburg'),
        ],
      },
    ],
    agreements: [
      {
        id: 'agreement:ceasefire-russia',
        title: 'Full ceasefire',
        status: 'CONDITIONAL',
        partyIds: ['actor:russia'],
        terms: 'Ukraine must stay out of NATO, cut down its military, and recognise Russian control over the four occupied Ukrainian regions',
        reports: [span(SOURCE.s004, 'Russia said that it is open to a full ceasefire but has set several conditions')],
      },
    ],
    discrepancies: [
      {
        id: 'discrepancy:meeting:2025-04-11-steve-witkoff-vladimir-putin:duration',
        subjectId: 'meeting:2025-04-11-steve-witkoff-vladimir-putin',
        field: 'duration',
        kind: 'VARIANT',
        values: [
          { value: 'four and a half hours', reports: [span(SOURCE.s000, 'lasted four and a half hours'), span(SOURCE.s001, 'lasted four and a half hours')] },
          { value: 'over four hours', reports: [span(SOURCE.s002, 'lasted over four hours'), span(SOURCE.s004, 'lasted over four hours')] },
        ],
      },
    ],
    warnings: [],
  };
}

export function handBuiltStore(): OntologyStore {
  return new OntologyStore(handBuiltOntology());
}

/**
 * What the API tests run over: the ontology extracted from the seed corpus (the real thing), and the hand-built
 * one over the same articles, which holds what extraction is expected to find, so an assertion that fails on
 * the first and passes on the second points at extraction, not at the API.
 */
export const ONTOLOGIES_UNDER_TEST: readonly [string, () => OntologyStore][] = [
  ['the seed corpus', () => buildStore(SEEDS_DIR)],
  ['a hand-built ontology', handBuiltStore],
];
