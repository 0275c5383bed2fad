import { coverageMatrix, discrepanciesBySubject, highlight, rankStatements, SourceLabels, timeline, type StatementInfo } from '../../dashboard/src/model';

const sources = ['a', 'b', 'c'].map((id) => ({ id: `source:${id}`, title: null, outlet: null, publishedAt: null }));

function statement(id: string, sourceIds: string[], date: string | null = null): StatementInfo {
  return {
    id,
    text: `text of ${id}`,
    date,
    speaker: { id: 'actor:x', name: 'X' },
    reports: sourceIds.map((s, i) => ({ source: { id: `source:${s}` }, excerpt: 'e', start: i, end: i + 1 })),
  };
}

test('SourceLabels: S1… in list order, a readable long label, and the distinct sources of reports in that order', () => {
  const labels = new SourceLabels([
    ...sources,
    { id: 'source:d', title: 'Talks end', outlet: 'Wire', publishedAt: '2025-04-12' },
  ]);

  expect(['source:a', 'source:c', 'source:zz'].map((id) => labels.short(id))).toEqual(['S1', 'S3', '?']);
  expect(labels.long('source:a')).toBe('a');
  expect(labels.long('source:d')).toBe('Wire — Talks end (2025-04-12)');
  expect(labels.of(statement('s', ['c', 'a', 'c']).reports)).toEqual(['source:a', 'source:c']);
});

test('statements are ranked by distinct sources, ties in API order', () => {
  const statements = [statement('one', ['a']), statement('three', ['a', 'b', 'c']), statement('twice-a', ['a', 'a']), statement('two', ['b', 'c'])];

  expect(rankStatements(statements).map((s) => s.id)).toEqual(['three', 'two', 'one', 'twice-a']);
});

test('the coverage matrix has a row per source and a column per ranked statement', () => {
  const matrix = coverageMatrix(sources, [statement('one', ['b']), statement('two', ['a', 'c'])]);

  expect(matrix.columns.map((s) => s.id)).toEqual(['two', 'one']);
  expect(matrix.rows.map((row) => [row.source.id, row.cells, row.count])).toEqual([
    ['source:a', [true, false], 1],
    ['source:b', [false, true], 1],
    ['source:c', [true, false], 1],
  ]);
});

test('the timeline groups dated items by day, earliest first, and counts the undated', () => {
  const result = timeline(
    [{ id: 'meeting:m', title: 'M', date: '2025-04-11' }],
    [
      { id: 'agreement:x', title: 'X', date: '2025-04-10' },
      { id: 'agreement:y', title: 'Y', date: null },
    ],
    [statement('s1', ['a'], '2025-04-11'), statement('s2', ['a'])],
  );

  expect(result.days.map((day) => [day.date, day.entries.map((e) => `${e.kind}:${e.item.id}`)])).toEqual([
    ['2025-04-10', ['agreement:agreement:x']],
    ['2025-04-11', ['meeting:meeting:m', 'statement:s1']],
  ]);
  expect(result.undated).toEqual({ meetings: 0, agreements: 1, statements: 1 });
});

test('discrepancies are found by subject and field', () => {
  const duration = { field: 'duration', subject: { id: 'meeting:m' }, values: [] };
  const place = { field: 'place', subject: { id: 'meeting:m' }, values: [] };

  const bySubject = discrepanciesBySubject([duration, place]);

  expect(bySubject.get('meeting:m')?.get('duration')).toBe(duration);
  expect(bySubject.get('meeting:m')?.get('place')).toBe(place);
  expect(bySubject.get('meeting:n')).toBeUndefined();
});

describe('highlight', () => {
  const text = 'Witkoff met Putin in St Petersburg on Friday. The talks lasted over four hours, officials said.';
  const start = text.indexOf('over four hours');
  const report = { excerpt: 'over four hours', start, end: start + 'over four hours'.length };

  test('cuts the text at the report offsets', () => {
    const cut = highlight(text, report);

    expect(cut).toEqual({ before: text.slice(0, start), excerpt: 'over four hours', after: ', officials said.', offsetsMatch: true });
  });

  test('keeps a window of context, cut at word boundaries', () => {
    const cut = highlight(text, report, 20);

    expect(cut.before).toBe('…The talks lasted ');
    expect(cut.after).toBe(', officials said.');
    expect(highlight(text, report, 8).after).toBe(',…');
  });

  test('finds the excerpt by its text when the offsets do not point at it, and says so', () => {
    const cut = highlight(text, { ...report, start: 0, end: 15 });

    expect(cut.excerpt).toBe('over four hours');
    expect(cut.offsetsMatch).toBe(false);
  });
});
