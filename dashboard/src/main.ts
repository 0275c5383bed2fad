/**
 * The read-only dashboard served on /dashboard: meetings, coverage, timeline and discrepancies, computed in
 * the browser from the GraphQL API (see api.ts and model.ts). Clicking a statement, or an excerpt, shows where
 * each source says it, highlighted in that source's text.
 */
import { loadDashboardData, SourceTexts, type DashboardData, type Discrepancy, type Meeting, type Statement } from './api';
import { h, replaceChildren, type Child } from './dom';
import { coverageMatrix, discrepanciesBySubject, highlight, rankStatements, SourceLabels, sourceCount, timeline, type Report } from './model';

const ENDPOINT = new URL('/graphql', location.href).href;
/** Characters of source text shown on each side of an excerpt under Discrepancies. */
const DISCREPANCY_CONTEXT = 90;
const MEETING_FIELDS = ['date', 'place', 'duration'] as const;

interface View {
  data: DashboardData;
  labels: SourceLabels;
  statementsById: Map<string, Statement>;
  texts: SourceTexts;
  detail: HTMLElement;
}

/** "1 statement", "2 statements". */
function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function badge(view: View, sourceId: string): HTMLElement {
  const slot = view.labels.index(sourceId) % 10;
  return h('span', { class: `badge source-${slot}`, 'data-source-id': sourceId, title: view.labels.long(sourceId) }, view.labels.short(sourceId));
}

function badges(view: View, reports: readonly { source: { id: string } }[]): HTMLElement {
  return h('span', { class: 'badges', 'aria-label': 'reported by' }, view.labels.of(reports).map((id) => badge(view, id)));
}

function statementButton(view: View, statement: Statement, { withSpeaker }: { withSpeaker: boolean }): HTMLElement {
  const quote = statement.kind === 'DIRECT_QUOTE';
  return h(
    'button',
    {
      type: 'button',
      class: 'statement',
      'data-statement-id': statement.id,
      title: 'Show where each source says it',
      onclick: () => void showStatement(view, statement),
    },
    h('span', { class: `kind ${quote ? 'quote' : 'paraphrase'}`, title: quote ? 'direct quote' : 'paraphrase' }, quote ? '“”' : '≈'),
    h('span', { class: 'text' }, withSpeaker ? h('b', null, `${statement.speaker.name}: `) : null, statement.text),
    badges(view, statement.reports),
  );
}

function statementList(view: View, statements: readonly Statement[], withSpeaker: boolean): HTMLElement {
  return h('ul', { class: 'statements' }, statements.map((statement) => h('li', null, statementButton(view, statement, { withSpeaker }))));
}

function statementsOf(view: View, refs: readonly { id: string }[]): Statement[] {
  return refs.map((ref) => view.statementsById.get(ref.id)).filter((s): s is Statement => s !== undefined);
}

// ── Meetings ─────────────────────────────────────────────────────────────────────────────────────────────

function meetingField(view: View, meeting: Meeting, field: (typeof MEETING_FIELDS)[number], disputed: Discrepancy | undefined): Child[] {
  const value = meeting[field];
  if (value === null && !disputed) return [];
  return [
    h('dt', null, field[0].toUpperCase() + field.slice(1)),
    h(
      'dd',
      { class: disputed ? 'disputed' : null, 'data-field': field },
      value ?? '—',
      disputed && [
        h('span', { class: 'disagree', title: `${disputed.kind}: the sources give different values` }, '⚠ sources disagree'),
        h('ul', { class: 'variants' }, disputed.values.map((v) => h('li', null, h('span', null, v.value), badges(view, v.reports)))),
      ],
    ),
  ];
}

function meetingCard(view: View, meeting: Meeting, disputes: Map<string, Discrepancy> | undefined): HTMLElement {
  const participantIds = new Set(meeting.participants.map((p) => p.id));
  const others = statementsOf(view, meeting.statements).filter((s) => !participantIds.has(s.speaker.id));
  return h(
    'article',
    { class: 'meeting-card', id: `card-${meeting.id}`, 'data-meeting-id': meeting.id },
    h('h3', null, meeting.title),
    h(
      'dl',
      { class: 'facts' },
      MEETING_FIELDS.map((field) => meetingField(view, meeting, field, disputes?.get(field))),
      h('dt', null, 'Sources'),
      h('dd', null, badges(view, meeting.reports)),
    ),
    h('h4', { class: 'participants-heading' }, 'Participants and what they said'),
    meeting.participants.map((participant) => {
      const said = statementsOf(view, participant.statements);
      return h(
        'section',
        { class: 'participant', 'data-actor-id': participant.id },
        h('h5', null, participant.name, h('span', { class: 'muted' }, ` · ${plural(said.length, 'statement')}`)),
        said.length ? statementList(view, said, false) : h('p', { class: 'muted' }, 'No statements.'),
      );
    }),
    others.length > 0 &&
      h('details', { class: 'others' }, h('summary', null, `${others.length} more said about this meeting`), statementList(view, others, true)),
  );
}

function meetingsSection(view: View): HTMLElement {
  const disputes = discrepanciesBySubject(view.data.discrepancies);
  const meetings = [...view.data.meetings].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  return h(
    'section',
    { id: 'meetings' },
    h('h2', null, 'Meetings'),
    meetings.length
      ? h('div', { class: 'cards' }, meetings.map((meeting) => meetingCard(view, meeting, disputes.get(meeting.id))))
      : h('p', { class: 'muted' }, 'No meetings found.'),
  );
}

// ── Coverage ─────────────────────────────────────────────────────────────────────────────────────────────

function coverageSection(view: View): HTMLElement {
  const matrix = coverageMatrix(view.data.sources, view.data.statements);
  const total = view.data.sources.length;
  const open = (statement: Statement) => () => void showStatement(view, statement);
  const matrixTable = h(
    'table',
    { class: 'coverage-matrix' },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { class: 'corner', scope: 'col' }, 'source \\ statement'),
        h('th', { scope: 'col', class: 'count', title: 'statements this source reports' }, 'total'),
        matrix.columns.map((s, i) =>
          h('th', { scope: 'col', class: 'col', title: `#${i + 1} ${s.speaker.name}: ${s.text}`, onclick: open(s) }, String(i + 1)),
        ),
      ),
    ),
    h(
      'tbody',
      null,
      matrix.rows.map((row) =>
        h(
          'tr',
          { 'data-source-id': row.source.id, class: `source-${view.labels.index(row.source.id) % 10}` },
          h('th', { scope: 'row', title: view.labels.long(row.source.id) }, badge(view, row.source.id), ' ', view.labels.long(row.source.id)),
          h('td', { class: 'count' }, String(row.count)),
          row.cells.map((hit, i) =>
            h('td', {
              class: hit ? 'hit' : 'miss',
              title: `${view.labels.short(row.source.id)} ${hit ? 'reports' : 'does not report'} #${i + 1}: ${matrix.columns[i].text}`,
              onclick: open(matrix.columns[i]),
            }),
          ),
        ),
      ),
    ),
  );
  const ranking = h(
    'ol',
    { class: 'ranking' },
    rankStatements(view.data.statements).map((statement) => {
      const count = sourceCount(statement.reports);
      return h(
        'li',
        null,
        h(
          'span',
          { class: 'meter', title: `${count} of ${total} sources` },
          h('span', { class: 'fill', style: `width: ${total ? (100 * count) / total : 0}%` }),
          h('span', { class: 'label' }, `${count}/${total}`),
        ),
        statementButton(view, statement, { withSpeaker: true }),
      );
    }),
  );
  return h(
    'section',
    { id: 'coverage' },
    h('h2', null, 'Coverage'),
    h('p', { class: 'muted' }, 'Who reported what: a row per source, a column per statement, most widely reported first. Click a column to see it.'),
    h('div', { class: 'matrix-scroll' }, matrixTable),
    h('h3', null, 'Statements by how many sources carry them'),
    h('div', { class: 'ranking-scroll' }, ranking),
  );
}

// ── Timeline ─────────────────────────────────────────────────────────────────────────────────────────────

function timelineSection(view: View): HTMLElement {
  const { days, undated } = timeline(view.data.meetings, view.data.agreements, view.data.statements);
  const agreementsById = new Map(view.data.agreements.map((a) => [a.id, a]));
  const left = [
    undated.meetings && plural(undated.meetings, 'meeting'),
    undated.agreements && plural(undated.agreements, 'agreement'),
    undated.statements && plural(undated.statements, 'statement'),
  ].filter(Boolean);
  return h(
    'section',
    { id: 'timeline' },
    h('h2', null, 'Timeline'),
    h(
      'ol',
      { class: 'timeline' },
      days.map((day) =>
        h(
          'li',
          { class: 'day' },
          h('time', { datetime: day.date }, day.date),
          h(
            'ul',
            null,
            day.entries.map((entry) => {
              if (entry.kind === 'meeting') {
                return h(
                  'li',
                  { class: 'entry meeting' },
                  h('span', { class: 'chip' }, 'Meeting'),
                  h('a', { href: `#card-${entry.item.id}` }, entry.item.title),
                );
              }
              if (entry.kind === 'agreement') {
                const agreement = agreementsById.get(entry.item.id)!;
                return h(
                  'li',
                  { class: 'entry agreement' },
                  h('span', { class: 'chip' }, 'Agreement'),
                  h('span', null, `${agreement.title} `, h('span', { class: 'status' }, agreement.status.toLowerCase())),
                  badges(view, agreement.reports),
                );
              }
              const statement = view.statementsById.get(entry.item.id)!;
              return h('li', { class: 'entry statement-entry' }, h('span', { class: 'chip' }, 'Statement'), statementButton(view, statement, { withSpeaker: true }));
            }),
          ),
        ),
      ),
    ),
    left.length > 0 && h('p', { class: 'muted' }, `Without a date, so not shown: ${left.join(', ')}.`),
  );
}

// ── Discrepancies ────────────────────────────────────────────────────────────────────────────────────────

function subjectLabel(subject: Discrepancy['subject']): string {
  switch (subject.__typename) {
    case 'Actor':
      return subject.name;
    case 'Meeting':
      return subject.meetingTitle;
    case 'Agreement':
      return subject.agreementTitle;
    case 'Statement':
      return `“${subject.text}”`;
    case 'Source':
      return subject.sourceTitle ?? subject.id;
  }
}

/** An excerpt, then filled in with the source text around it once that is loaded. */
function excerptInContext(view: View, report: Report): HTMLElement {
  const quote = h('span', { class: 'in-context' }, h('mark', { class: 'excerpt' }, report.excerpt));
  view.texts.get(report.source.id).then(
    (text) => {
      const cut = highlight(text, report, DISCREPANCY_CONTEXT);
      replaceChildren(quote, cut.before, h('mark', { class: 'excerpt' }, cut.excerpt), cut.after);
    },
    () => undefined, // the excerpt alone stays
  );
  return quote;
}

function discrepanciesSection(view: View): HTMLElement {
  return h(
    'section',
    { id: 'discrepancies' },
    h('h2', null, 'Discrepancies'),
    view.data.discrepancies.length === 0 && h('p', { class: 'muted' }, 'The sources agree on every fact found.'),
    view.data.discrepancies.map((discrepancy) =>
      h(
        'article',
        { class: 'discrepancy', 'data-subject-id': discrepancy.subject.id, 'data-field': discrepancy.field },
        h(
          'h3',
          null,
          h('span', { class: 'subject-type' }, discrepancy.subject.__typename),
          ` ${subjectLabel(discrepancy.subject)} · `,
          h('span', { class: 'field' }, discrepancy.field),
          h('span', { class: `chip ${discrepancy.kind.toLowerCase()}` }, discrepancy.kind.toLowerCase()),
        ),
        h(
          'div',
          { class: 'values', style: `grid-template-columns: repeat(${discrepancy.values.length}, minmax(0, 1fr))` },
          discrepancy.values.map((value) =>
            h(
              'div',
              { class: 'value' },
              h('h4', null, value.value),
              value.reports.map((report) =>
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'report',
                    title: 'Show in the source text',
                    onclick: () => void showReports(view, h('h2', null, `${discrepancy.field}: ${value.value}`), [report]),
                  },
                  badge(view, report.source.id),
                  excerptInContext(view, report),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

// ── Detail panel: excerpts highlighted in their sources ──────────────────────────────────────────────────

function showStatement(view: View, statement: Statement): Promise<void> {
  const heading = [
    h('p', { class: 'speaker' }, statement.speaker.name, statement.kind === 'DIRECT_QUOTE' ? ' said' : ' (paraphrased)'),
    h('h2', null, statement.kind === 'DIRECT_QUOTE' ? `“${statement.text}”` : statement.text),
    h('p', { class: 'muted' }, [statement.date, statement.channel, plural(sourceCount(statement.reports), 'source')].filter(Boolean).join(' · ')),
  ];
  return showReports(view, heading, statement.reports, statement.id);
}

async function showReports(view: View, heading: Child, reports: readonly Report[], statementId?: string): Promise<void> {
  const { detail } = view;
  const ordered = [...reports].sort((a, b) => view.labels.index(a.source.id) - view.labels.index(b.source.id) || a.start - b.start);
  const bodies = ordered.map(() => h('div', { class: 'source-text' }, h('p', { class: 'muted' }, 'Loading the source text…')));
  replaceChildren(
    detail,
    h('button', { type: 'button', class: 'close', title: 'Close (Esc)', onclick: () => closeDetail(view) }, '×'),
    heading,
    ordered.map((report, i) =>
      h(
        'section',
        { class: 'report-in-source', 'data-source-id': report.source.id },
        h('h3', null, badge(view, report.source.id), ' ', view.labels.long(report.source.id)),
        bodies[i],
      ),
    ),
  );
  if (statementId) detail.setAttribute('data-statement-id', statementId);
  else detail.removeAttribute('data-statement-id');
  detail.hidden = false;
  detail.scrollTop = 0;
  document.body.classList.add('detail-open');

  await Promise.all(
    ordered.map(async (report, i) => {
      const body = bodies[i];
      try {
        const cut = highlight(await view.texts.get(report.source.id), report);
        const mark = h('mark', { class: 'excerpt' }, cut.excerpt);
        replaceChildren(
          body,
          cut.offsetsMatch ? null : h('p', { class: 'warning' }, 'The offsets do not point at this excerpt; found by its text instead.'),
          h('div', { class: 'text' }, cut.before, mark, cut.after),
        );
        const text = body.querySelector('.text') as HTMLElement;
        text.scrollTop = Math.max(0, mark.offsetTop - text.offsetTop - text.clientHeight / 3);
      } catch (error) {
        replaceChildren(body, h('p', { class: 'warning' }, `Could not load the source text: ${String(error)}`));
      }
    }),
  );
  detail.setAttribute('data-loaded', 'true');
}

function closeDetail(view: View): void {
  view.detail.hidden = true;
  view.detail.removeAttribute('data-loaded');
  document.body.classList.remove('detail-open');
}

// ── Page ─────────────────────────────────────────────────────────────────────────────────────────────────

function summary(view: View): HTMLElement {
  const { data } = view;
  const counts: [number, string][] = [
    [data.sources.length, 'sources'],
    [data.statements.length, 'statements'],
    [data.meetings.length, 'meetings'],
    [data.agreements.length, 'agreements'],
    [data.discrepancies.length, 'discrepancies'],
  ];
  return h(
    'div',
    { class: 'summary' },
    h('p', { class: 'counts' }, counts.map(([n, what]) => h('span', null, h('b', null, String(n)), ` ${what}`))),
    h(
      'ul',
      { class: 'legend', 'aria-label': 'sources' },
      data.sources.map((source) => h('li', null, badge(view, source.id), ' ', view.labels.long(source.id))),
    ),
  );
}

async function main(): Promise<void> {
  const root = document.getElementById('app')!;
  const detail = document.getElementById('detail')!;
  try {
    const data = await loadDashboardData(ENDPOINT);
    const view: View = {
      data,
      labels: new SourceLabels(data.sources),
      statementsById: new Map(data.statements.map((s) => [s.id, s])),
      texts: new SourceTexts(ENDPOINT),
      detail,
    };
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !detail.hidden) closeDetail(view);
    });
    replaceChildren(
      root,
      data.problems.map((problem) => h('p', { class: 'warning problem' }, `Not shown, the API failed on ${problem}`)),
      summary(view),
      meetingsSection(view),       coverageSection(view),
      timelineSection(view),
      discrepanciesSection(view),
    );
    root.setAttribute('data-ready', 'true');
  } catch (error) {
    replaceChildren(root, h('p', { class: 'warning' }, `Could not load the ontology from ${ENDPOINT}: ${String(error)}`));
    root.setAttribute('data-ready', 'error');
  }
}

void main();
