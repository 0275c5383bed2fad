import 'reflect-metadata';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { ONTOLOGIES_UNDER_TEST } from '../support/handBuiltOntology';
import { serveForTests } from '../support/testServer';
import { readmeMeetingQuestion } from '../support/docBlocks';

/** The question the service exists to answer, read from the README, so the README shows what is tested. */
const MEETING_QUESTION = readmeMeetingQuestion();

const schema = buildGraphQLSchema();

describe.each(ONTOLOGIES_UNDER_TEST)('over %s', (_name, makeStore) => {
  const api = serveForTests(schema, makeStore);

  test('the nested meeting question returns every meeting with its participants and what they said', async () => {
    const response = await api.query(MEETING_QUESTION);

    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    const meetings = response.data.meetings.nodes;
    const { store } = api;
    expect(meetings.map((m: any) => m.title)).toEqual(store.meetings.slice(0, 50).map((m) => m.title));
    meetings.forEach((meeting: any, i: number) => {
      const stored = store.meetings[i];
      expect(meeting.participants.map((p: any) => p.name)).toEqual(stored.participantIds.map((id) => store.actor(id)?.name));
      meeting.participants.forEach((participant: any, j: number) => {
        const said = store.statementsOfSpeaker(stored.participantIds[j]);
        expect(participant.statements.map((s: any) => s.text)).toEqual(said.map((s) => s.text));
      });
    });
  });

  test('headline: Witkoff and Putin met in St Petersburg on 2025-04-11, and what they said is reported by two or more sources', async () => {
    const data = await api.data(`{
      meetings(where: { dateFrom: "2025-04-11", dateTo: "2025-04-11" }) { nodes { id date place
        participants { id name statements { text reports { source { id } excerpt } } } } }
    }`);

    const meeting = data.meetings.nodes.find((m: any) => m.date === '2025-04-11' && /Petersburg/.test(m.place ?? ''));
    expect(meeting).toBeDefined();
    expect(meeting.participants.map((p: any) => p.id)).toEqual(expect.arrayContaining(['actor:steve-witkoff', 'actor:vladimir-putin']));
    const sourcesPerParticipant = meeting.participants.map(
      (p: any) => new Set(p.statements.flatMap((s: any) => s.reports.map((r: any) => r.source.id))).size,
    );
    expect(Math.max(...sourcesPerParticipant)).toBeGreaterThanOrEqual(2);
  });
});
