import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import type { ReportSpan } from '../../src/ontology/types';
import { repoRoot } from '../../src/repoRoot';
import { ARTIFACTS, launchChromium, offlinePage, staysLocal, type OfflinePage } from '../support/browser';
import { startTestServer, type TestServer } from '../support/testServer';

const BUILT = join(repoRoot(), 'dist', 'dashboard', 'index.html');

let api: TestServer;
let browser: Browser;
let tab: OfflinePage;
let page: Page;
beforeAll(async () => {
  if (!existsSync(BUILT)) throw new Error(`${BUILT} is missing: \`npm test\` builds it first (pretest), or run \`npm run build:dashboard\``);
  [api, browser] = await Promise.all([startTestServer(buildGraphQLSchema()), launchChromium()]);
  tab = await offlinePage(browser);
  page = tab.page;
  await page.goto(`${new URL(api.server.url).origin}/dashboard`);
  await page.locator('#app[data-ready="true"]').waitFor();
});
afterAll(async () => {
  await browser?.close();
  await api?.server.stop();
});

const distinctSources = (reports: readonly ReportSpan[]) => [...new Set(reports.map((r) => r.sourceId))].sort();
const attributes = (locator: Locator, name: string) => locator.evaluateAll((els, n) => els.map((el) => el.getAttribute(n)!), name);

/** The seed corpus's headline meeting, as the store has it. */
function witkoffPutin() {
  const meeting = api.store.meetings.find((m) => m.date === '2025-04-11' && m.place === 'St Petersburg');
  if (!meeting) throw new Error('the seed corpus has no 2025-04-11 St Petersburg meeting');
  return meeting;
}

test('the page loads from the service alone, with no request leaving localhost and no API failure', async () => {
  await page.screenshot({ path: join(ARTIFACTS, 'dashboard.png'), fullPage: true });

  expect(tab.requests.filter((url) => !staysLocal(url))).toEqual([]);
  expect(await page.locator('.problem').allInnerTexts()).toEqual([]);
});

test('the Witkoff–Putin meeting card: date, place, disputed duration, participants, their statements and a badge per source', async () => {
  const meeting = witkoffPutin();
  const card = page.locator(`.meeting-card[data-meeting-id="${meeting.id}"]`);

  await card.scrollIntoViewIfNeeded();
  await card.screenshot({ path: join(ARTIFACTS, 'dashboard-meeting-card.png') });
  expect(await card.locator('dd[data-field="date"]').innerText()).toBe('2025-04-11');
  expect(await card.locator('dd[data-field="place"]').innerText()).toBe('St Petersburg');
  // The sources give the duration differently: the card says so, with each value and who gives it.
  const duration = card.locator('dd[data-field="duration"]');
  expect(await duration.locator('.disagree').innerText()).toMatch(/sources disagree/);
  const disputed = api.store.discrepancies.find((d) => d.subjectId === meeting.id && d.field === 'duration')!;
  expect(await duration.locator('.variants li > span:first-child').allInnerTexts()).toEqual(disputed.values.map((v) => v.value));

  const participants = card.locator('.participant');
  expect(await attributes(participants, 'data-actor-id')).toEqual(meeting.participantIds);
  expect(await participants.locator('h5').allInnerTexts()).toEqual(
    meeting.participantIds.map((id) => expect.stringContaining(api.store.actor(id)!.name)),
  );
  for (const [i, actorId] of meeting.participantIds.entries()) {
    const said = api.store.statementsOfSpeaker(actorId);
    const buttons = participants.nth(i).locator('button.statement');
    expect(await buttons.locator('.text').allInnerTexts()).toEqual(said.map((s) => s.text));
    for (const [j, statement] of said.entries()) {
      const badges = buttons.nth(j).locator('.badge');
      expect((await attributes(badges, 'data-source-id')).sort()).toEqual(distinctSources(statement.reports));
      expect(await badges.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^S\d+$/)]));
    }
  }
  expect(await participants.locator('.badge').count()).toBeGreaterThan(meeting.participantIds.length);
});

test('the coverage matrix has one row per source and a column per statement, each row counting what that source reports', async () => {
  const rows = page.locator('table.coverage-matrix tbody tr');

  expect(await attributes(rows, 'data-source-id')).toEqual(api.store.sources.map((s) => s.id));
  expect(await page.locator('table.coverage-matrix thead th.col').count()).toBe(api.store.statements.length);
  for (const [i, source] of api.store.sources.entries()) {
    const reported = api.store.statements.filter((s) => s.reports.some((r) => r.sourceId === source.id)).length;
    expect(await rows.nth(i).locator('td.hit').count()).toBe(reported);
    expect(await rows.nth(i).locator('td.count').innerText()).toBe(String(reported));
  }
  await page.locator('#coverage').screenshot({ path: join(ARTIFACTS, 'dashboard-coverage.png') });
});

test("clicking a statement shows each source's excerpt highlighted in that source's text", async () => {
  const meeting = witkoffPutin();
  const statement = api.store
    .statementsOfSpeaker(meeting.participantIds[0])
    .reduce((best, s) => (distinctSources(s.reports).length > distinctSources(best.reports).length ? s : best));
  expect(distinctSources(statement.reports).length).toBeGreaterThanOrEqual(2);

  await page.locator(`.meeting-card[data-meeting-id="${meeting.id}"] button.statement[data-statement-id="${statement.id}"]`).click();

  const detail = page.locator(`#detail[data-statement-id="${statement.id}"][data-loaded]`);
  await detail.waitFor();
  const sections = detail.locator('.report-in-source');
  expect(await sections.count()).toBe(statement.reports.length);
  // One section per report, in source order.
  const sourceIndex = (id: string) => api.store.sources.findIndex((s) => s.id === id);
  const reports = [...statement.reports].sort((a, b) => sourceIndex(a.sourceId) - sourceIndex(b.sourceId) || a.start - b.start);
  expect(await attributes(sections, 'data-source-id')).toEqual(reports.map((r) => r.sourceId));
  for (const [i, report] of reports.entries()) {
    const text = sections.nth(i).locator('.text');
    // The whole article is there, and the marked part is exactly the report's span of it.
    expect(await text.textContent()).toBe(api.store.source(report.sourceId)!.text);
    expect(await text.locator('mark.excerpt').textContent()).toBe(report.excerpt);
    const before = await text.evaluate((el) => el.querySelector('mark')!.previousSibling?.textContent?.length ?? 0);
    expect(before).toBe(report.start);
    // …and scrolled into view inside its box.
    const [box, mark] = await Promise.all([text.boundingBox(), text.locator('mark.excerpt').boundingBox()]);
    expect(mark!.y).toBeGreaterThanOrEqual(box!.y);
    expect(mark!.y).toBeLessThan(box!.y + box!.height);
  }
  await page.screenshot({ path: join(ARTIFACTS, 'dashboard-statement.png') });

  await page.keyboard.press('Escape');
  await page.locator('#detail').waitFor({ state: 'hidden' });
  expect(tab.requests.filter((url) => !staysLocal(url))).toEqual([]);
});
