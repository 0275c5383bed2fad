import { extractOne } from '../support/oneArticle';

/** A body's own gathering is a meeting with one participant, the body; a gathering still to come is not. */
function meetingsOf(text: string) {
  const e = extractOne(text);
  const name = (key: string) => e.actors.find((a) => a.key === key)?.name;
  return e.meetings.map((m) => m.participantKeys.map(name));
}

test.each([
  ['Norway blocked a joint statement at the NATO summit on Tuesday, diplomats said. The talks went on late.', ['NATO']],
  ['Officials met on Monday. The vote at the 12th Lakeland Health Assembly ended years of talks.', ['Lakeland Health Assembly']],
  ['Officials met on Monday. Lakeland Health Assembly delegates narrowly approved the reef treaty on Tuesday.', ['Lakeland Health Assembly']],
  ['Officials met on Monday. NATO foreign ministers jointly endorsed a fisheries code for the Arctic.', ['NATO']],
  ['Governments adopted the reef treaty in a plenary session of the Coastal Nations Conference on Monday. The vote was close.', ['Coastal Nations Conference']],
])('"%s" tells a gathering of %s', (text, participants) => {
  expect(meetingsOf(text)).toContainEqual(participants);
});

test.each([
  ['Norway may block a joint statement at the next NATO summit, diplomats said. The talks will go on.'],
  ['Norway has not decided whether to attend the NATO summit, diplomats said. The talks will go on.'],
  ['Norway will raise the question at the NATO summit in Oslo next month, diplomats said. Nothing is settled.'],
  ['Officials met on Monday. NATO foreign ministers may endorse a fisheries code for the Arctic, diplomats said.'],
])('"%s" tells no gathering that happened', (text) => {
  expect(meetingsOf(text)).toEqual([]);
});

test('one who addressed the summit joins the gathering, not the side meeting told last', () => {
  const text = 'Norway blocked a joint statement at the NATO summit on Tuesday. President Carla Mendez met Prime Minister Tomas Lindqvist on the sidelines. Jonas Berg, who addressed the summit by video link, thanked the allies.';
  const meetings = meetingsOf(text).map((m) => [...m].sort());
  expect(meetings).toContainEqual(['Jonas Berg', 'NATO']);
  expect(meetings).toContainEqual(['Carla Mendez', 'Tomas Lindqvist']);
});
