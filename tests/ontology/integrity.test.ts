import 'reflect-metadata';
import { join } from 'node:path';
import { loadCorpus } from '../../src/corpus/loadCorpus';
import { corpusDirOf, goldFiles, loadGold } from '../../src/evaluation/gold';
import { buildOntology } from '../../src/pipeline';

const root = join(__dirname, '../..');
const corpora = goldFiles(root).map((file) => corpusDirOf(loadGold(file), root));

describe.each(corpora)('the ontology built from %s', (dir) => {
  const ontology = buildOntology(loadCorpus(dir));
  const actorIds = new Set(ontology.actors.map((a) => a.id));
  const nodeIds = new Set([...ontology.actors, ...ontology.statements, ...ontology.meetings, ...ontology.agreements, ...ontology.sources].map((n) => n.id));

  it('refers only to actors it contains (speakers, participants, parties, subjects, affiliations)', () => {
    const references = [
      ...ontology.statements.flatMap((s) => [s.speakerId, ...s.aboutIds]),
      ...ontology.meetings.flatMap((m) => m.participantIds),
      ...ontology.agreements.flatMap((g) => g.partyIds),
      ...ontology.actors.flatMap((a) => (a.affiliationId ? [a.affiliationId] : [])),
    ];
    expect(references.filter((id) => !actorIds.has(id))).toEqual([]);
  });

  it('links statements only to meetings it contains, and discrepancies only to its nodes', () => {
    const meetingIds = new Set(ontology.meetings.map((m) => m.id));
    expect(ontology.statements.filter((s) => s.meetingId && !meetingIds.has(s.meetingId))).toEqual([]);
    expect(ontology.discrepancies.filter((d) => !nodeIds.has(d.subjectId))).toEqual([]);
  });

  it('has unique ids', () => {
    const ids = [...ontology.actors, ...ontology.statements, ...ontology.meetings, ...ontology.agreements, ...ontology.discrepancies].map((n) => n.id);
    expect(ids.length).toBe(new Set(ids).size);
  });
});
