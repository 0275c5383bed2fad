import { join } from 'node:path';
import { loadCorpus } from '../../src/corpus/loadCorpus';
import { IncrementalMerge } from '../../src/merge/IncrementalMerge';
import { OntologyStore } from '../../src/ontology/OntologyStore';
import { extractCorpus } from '../../src/pipeline';

const root = join(__dirname, '../..');

/** Every index of a store, read through its public accessors, as one comparable value. */
function indexes(store: OntologyStore): unknown {
  const ids = [store.sources, store.actors, store.statements, store.meetings, store.agreements].flatMap((list) => list.map((n) => n.id));
  return ids.map((id) => ({
    id,
    node: store.node(id),
    sources: [...store.sourceIdsOf(id)],
    speaker: store.statementsOfSpeaker(id).map((s) => s.id),
    meeting: store.statementsOfMeeting(id).map((s) => s.id),
    inSource: [store.statementsInSource(id), store.meetingsInSource(id), store.agreementsInSource(id), store.actorsInSource(id)].map((l) => l.map((n) => n.id)),
    about: store.statementsAboutActor(id).map((s) => s.id),
    participant: store.meetingsOfParticipant(id).map((m) => m.id),
    party: store.agreementsOfParty(id).map((a) => a.id),
    discrepancies: store.discrepanciesOf(id).map((d) => d.id),
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
