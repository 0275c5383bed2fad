import { extractArticle } from '../../src/extract/extractArticle';

/** Meetings told as events rather than "X met Y"; one invented construction per sentence. */
function meetingsOf(text: string) {
  const e = extractArticle({ id: 'one', origin: 'one', text: `Officials spoke on Monday. ${text}`, publishedAt: '2025-04-12', metadata: {} });
  const name = (key: string) => e.actors.find((a) => a.key === key)?.name;
  return e.meetings.map((m) => m.participantKeys.map(name).sort());
}

test.each([
  ['President Carla Mendez warmly welcomed Tomas Lindqvist to the presidential palace, saying the two would discuss trade.', ['Carla Mendez', 'Tomas Lindqvist']],
  ['Trade envoy Tomas Lindqvist joined Carla Mendez at the presidential palace shortly before the announcement.', ['Carla Mendez', 'Tomas Lindqvist']],
  ['During his eagerly awaited first in-person meeting with Carla Mendez in the capital, Prime Minister Tomas Lindqvist said the border was closed.', ['Carla Mendez', 'Tomas Lindqvist']],
  ['Prime Minister Tomas Lindqvist said his first meeting with Carla Mendez had gone well.', ['Carla Mendez', 'Tomas Lindqvist']],
  ['Tomas Lindqvist, the fisheries envoy, came to Paris on Tuesday to meet with senior government officials about quotas.', ['France', 'Tomas Lindqvist']],
  ['Trade envoy Tomas Lindqvist flew to Paris on Monday to meet Carla Mendez.', ['Carla Mendez', 'Tomas Lindqvist']],
])('"%s" tells a meeting of %s', (text, participants) => {
  expect(meetingsOf(text)).toContainEqual(participants);
});

test.each([
  ['President Carla Mendez welcomed the decision of Tomas Lindqvist to resign.'],
  ['Trade envoy Tomas Lindqvist will fly to Paris on Monday to meet Carla Mendez.'],
  ['Trade envoy Tomas Lindqvist is ready to meet Carla Mendez in Paris.'],
  ['President Carla Mendez said, moments before her envoy Tomas Lindqvist began talks in the capital, that nothing was settled.'],
])('"%s" tells no meeting', (text) => {
  expect(meetingsOf(text)).toEqual([]);
});

test('a host named after the talks joins their participants', () => {
  const text = 'Swedish Prime Minister Tomas Lindqvist and Finnish President Carla Mendez met for talks in the capital on Monday. The talks, hosted by Norwegian Foreign Minister Jonas Berg, aimed to end the dispute.';
  expect(meetingsOf(text)).toContainEqual(['Carla Mendez', 'Jonas Berg', 'Tomas Lindqvist']);
});

test('a chair named a sentence before the talks joins them', () => {
  const text = 'Norway and Sweden have agreed to a truce. Jonas Berg, who chaired the talks, said both sides had made progress. Talks between Norwegian and Swedish delegations started on Monday in Oslo.';
  expect(meetingsOf(text)).toContainEqual(['Jonas Berg', 'Norway', 'Sweden']);
});

test('countries meet when their leaders or delegations do, not when named alone', () => {
  expect(meetingsOf('Norway and Sweden disagree. Talks between Norwegian and Swedish delegations started on Monday in Oslo.')).toContainEqual(['Norway', 'Sweden']);
  expect(meetingsOf('Norway and Sweden disagree. Talks between Norwegian and Swedish companies started on Monday in Oslo.')).toEqual([]);
  expect(meetingsOf('Talks between Norwegian and Swedish delegations started on Monday in Oslo.')).toEqual([]);
});

test.each([
  ['Norway and Sweden have thanked Denmark for its patient mediation of the truce.', ['Denmark', 'Norway', 'Sweden']],
  ["Norway and Sweden agreed to a truce after weeks of Denmark's mediation.", ['Denmark', 'Norway', 'Sweden']],
])('"%s" tells indirect talks through a mediator', (text, participants) => {
  expect(meetingsOf(text)).toContainEqual(participants);
});

test('a mediation only offered is no meeting', () => {
  expect(meetingsOf('Norway and Sweden said they would welcome mediation by Denmark.')).toEqual([]);
});

test('"before the two were scheduled to meet" in past narration times a meeting that happened, of the people the story names again', () => {
  const text = 'Carla Mendez arrived in the capital on Monday, her first visit as president. The guests waited at Rose Lodge. Tomas Lindqvist gave a short interview an hour before the two men were scheduled to meet. Mendez and Lindqvist later smiled for the cameras.';
  expect(meetingsOf(text)).toContainEqual(['Carla Mendez', 'Tomas Lindqvist']);
  expect(meetingsOf('Carla Mendez and Tomas Lindqvist are due to meet next week.')).toEqual([]);
});

test('talks between two countries\' leaders on the day of the leaders\' meeting by name are that meeting', () => {
  const text = 'Norway and Sweden disagree on fishing. Swedish Prime Minister Tomas Lindqvist met Norwegian Prime Minister Jonas Berg in Oslo on Monday. Talks between Swedish and Norwegian leaders started on Monday in Oslo.';
  const meetings = meetingsOf(text);
  expect(meetings).toContainEqual(['Jonas Berg', 'Tomas Lindqvist']);
  expect(meetings).not.toContainEqual(['Norway', 'Sweden']);
});
