import { join } from 'node:path';
import { loadCorpus } from '../../src/corpus/loadCorpus';
import { IncrementalMerge } from '../../src/merge/IncrementalMerge';
import { OntologyStore } from '../../src/ontology/OntologyStore';
import type { ActorNode } from '../../src/ontology/types';
import { extractCorpus } from '../../src/pipeline';
import { handBuiltOntology, SOURCE } from '../support/handBuiltOntology';

const root = join(__dirname, '../..');

/**
 * Every index of a store, read through its public accessors, as one comparable value: the nodes in full, so that
 * a list holding a node as it was before a change differs.
 */
function indexes(store: OntologyStore): unknown {
  const ids = [store.sources, store.actors, store.statements, store.meetings, store.agreements].flatMap((list) => list.map((n) => n.id));
  return ids.map((id) => ({
    id,
    node: store.node(id),
    sources: [...store.sourceIdsOf(id)],
    speaker: store.statementsOfSpeaker(id),
    meeting: store.statementsOfMeeting(id),
    inSource: [store.statementsInSource(id), store.meetingsInSource(id), store.agreementsInSource(id), store.actorsInSource(id)],
    about: store.statementsAboutActor(id),
    participant: store.meetingsOfParticipant(id),
    party: store.agreementsOfParty(id),
    discrepancies: store.discrepanciesOf(id),
  }));
}

test('a store patched with the nodes an addition touched equals one indexed from scratch, addition after addition', () => {
  const dirs = ['seeds', 'tests/fixtures/articles', 'tests/holdout/articles'];
  const extracted = dirs.map((dir) => extractCorpus(loadCorpus(join(root, dir))));
  const extractions = extracted.flatMap((e) => e.extractions);
  const sources = extracted.flatMap((e) => e.sources);
  const merge = new IncrementalMerge();
  let store = new OntologyStore(merge.ontology());
  const versions: { store: OntologyStore; indexes: unknown }[] = [];
  extractions.forEach((e, i) => {
    const { touched } = merge.add(e, sources[i]);
    const patched = new OntologyStore(merge.ontology(), { store, touched });
    const fresh = indexes(new OntologyStore(merge.ontology()));
    expect(indexes(patched)).toEqual(fresh);
    if (i % 5 === 0) versions.push({ store: patched, indexes: fresh });
    store = patched;
  });
  // A request pins the version it started on: the versions patched over it later must not change what it reads.
  for (const version of versions) expect(indexes(version.store)).toEqual(version.indexes);
});

test('a store patched over an ontology whose untouched nodes are equal copies, not the same objects, equals one indexed from scratch', () => {
  const { extractions, sources } = extractCorpus(loadCorpus(join(root, 'seeds')));
  const merge = new IncrementalMerge();
  let store = new OntologyStore(merge.ontology());
  extractions.forEach((e, i) => {
    const { touched } = merge.add(e, sources[i]);
    const copy = structuredClone(merge.ontology());
    const patched = new OntologyStore(copy, { store, touched });
    expect(indexes(patched)).toEqual(indexes(new OntologyStore(copy)));
    store = patched;
  });
});

describe('a touched node that changes place in its list', () => {
  const first = handBuiltOntology();
  const store = new OntologyStore(first);
  const actor = (id: string) => first.actors.find((a) => a.id === id)!;
  const patchedAndFresh = (actors: ActorNode[], touched: string[]) => {
    const next = { ...first, actors };
    return [indexes(new OntologyStore(next, { store, touched: new Set(touched) })), indexes(new OntologyStore(next))];
  };

  test('moved ahead of an untouched node, keeping its sources, is listed at its new place in them', () => {
    const russia = { ...actor('actor:russia'), titles: ['the Russian Federation'] };
    const actors = [russia, ...first.actors.filter((a) => a.id !== russia.id)];
    const [patched, fresh] = patchedAndFresh(actors, [russia.id]);
    expect(patched).toEqual(fresh);
    expect(new OntologyStore({ ...first, actors }, { store, touched: new Set([russia.id]) }).actorsInSource(SOURCE.s004).map((a) => a.id)).toEqual(['actor:russia', 'actor:steve-witkoff']);
  });

  test('swapped with a touched neighbour, both keeping their sources, is listed in the new order', () => {
    const putin = { ...actor('actor:vladimir-putin'), aliases: ['Putin', 'the Kremlin leader'] };
    const dmitriev = { ...actor('actor:kirill-dmitriev'), aliases: ['Dmitriev', 'the fund chief'] };
    const actors = first.actors.map((a) => (a.id === putin.id ? dmitriev : a.id === dmitriev.id ? putin : a));
    const [patched, fresh] = patchedAndFresh(actors, [putin.id, dmitriev.id]);
    expect(patched).toEqual(fresh);
  });
});
