import { join } from 'node:path';
import { loadCorpus } from '../../src/corpus/loadCorpus';
import { diffStores } from '../../src/ingest/diffStores';
import { IncrementalMerge } from '../../src/merge/IncrementalMerge';
import { OntologyStore } from '../../src/ontology/OntologyStore';
import { extractCorpus } from '../../src/pipeline';

const root = join(__dirname, '../..');

test('the diff of the nodes an addition touched is the diff of every node, in the ontology lists\' order', () => {
  const extracted = ['seeds', 'tests/fixtures/articles'].map((dir) => extractCorpus(loadCorpus(join(root, dir))));
  const extractions = extracted.flatMap((e) => e.extractions);
  const sources = extracted.flatMap((e) => e.sources);
  const merge = new IncrementalMerge();
  let store = new OntologyStore(merge.ontology());
  let changes = 0;
  extractions.forEach((e, i) => {
    const { touched } = merge.add(e, sources[i]);
    const after = new OntologyStore(merge.ontology(), { store, touched });
    const diff = diffStores(store, after, touched);
    const everything = diffStores(store, after);
    expect(diff).toEqual(everything);
    const ids = (list: { id: string }[]) => list.map((n) => n.id);
    const inOrder = (list: readonly { id: string }[], wanted: string[]) => ids([...list]).filter((id) => wanted.includes(id));
    const listed = (s: OntologyStore) => [...s.sources, ...s.actors, ...s.statements, ...s.meetings, ...s.agreements];
    expect(ids(diff.added)).toEqual(inOrder(listed(after), ids(diff.added)));
    expect(ids(diff.changed)).toEqual(inOrder(listed(after), ids(diff.changed)));
    expect(diff.removedIds).toEqual(inOrder(listed(store), diff.removedIds));
    expect(diff.added.map((n) => n.id)).toContain(sources[i].id);
    changes += diff.changed.length + diff.removedIds.length;
    store = after;
  });
  // The corpus retells events, so later articles change and merge what earlier ones made.
  expect(changes).toBeGreaterThan(0);
});
