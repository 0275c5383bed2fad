import { extractOne } from '../support/oneArticle';

/**
 * The channel and the day a statement carries, as a reader of one sentence would give them. Extraction looks
 * for channel phrases and dates only where cheap searches say they may be; these sentences hold what those
 * searches must not miss (any letter case, accented phrases, weekdays, a month with its day) and what must
 * not pass for a channel or a day (a phrase inside a longer word, "x" for X, "may" the verb, "round 2").
 */

function statementOf(text: string) {
  const { statements } = extractOne(text);
  expect(statements).toHaveLength(1);
  return statements[0];
}

test.each([
  ['Russian President Vladimir Putin said in a statement on Friday that the talks had been useful.', 'statement'],
  ['Russian President Vladimir Putin said IN A STATEMENT on Friday that the talks had been useful.', 'statement'],
  ['French President Emmanuel Macron said, in a communiqué issued by his office, that Europe would act.', 'statement'],
  ['French President Emmanuel Macron told reporters in Paris that Europe would act.', 'reporters'],
  ['US President Donald Trump wrote on Truth Social that the deal was close.', 'Truth Social'],
  ['US President Donald Trump wrote on X on Thursday that the deal was close.', 'X'],
])('"%s" is said through %s', (text, channel) => {
  expect(statementOf(text).channel).toBe(channel);
});

test.each([
  ['US President Donald Trump wrote on x on Thursday that the deal was close.'],
  ['French President Emmanuel Macron said the interviewers had asked about Europe and that Europe would act.'],
])('"%s" names no channel', (text) => {
  expect(statementOf(text).channel).toBeUndefined();
});

test.each([
  ['US President Donald Trump wrote on X on Thursday that the deal was close.', '2025-04-10'],
  ['Kremlin spokesman Dmitry Peskov said on May 5 that the talks would continue.', '2025-05-05'],
  ['Kremlin spokesman Dmitry Peskov said the talks may continue next week.', undefined],
  ['Kremlin spokesman Dmitry Peskov said the talks, held in round 2 of the process, would continue.', undefined],
])('"%s" is dated %s (article of Saturday 12 April 2025)', (text, date) => {
  expect(statementOf(text).date).toBe(date);
});
