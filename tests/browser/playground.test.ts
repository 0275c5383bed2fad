import 'reflect-metadata';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { ARTIFACTS, launchChromium, offlinePage, staysLocal, type OfflinePage } from '../support/browser';
import { startTestServer, type TestServer } from '../support/testServer';

let api: TestServer;
let browser: Browser;
let tab: OfflinePage;
beforeAll(async () => {
  [api, browser] = await Promise.all([startTestServer(buildGraphQLSchema()), launchChromium()]);
  tab = await offlinePage(browser);
});
afterAll(async () => {
  await browser?.close();
  await api?.server.stop();
});

test('GraphiQL loads from the service itself, with the example tabs, and no request leaves localhost', async () => {
  const { page, requests } = tab;
  await page.goto(api.server.url);

  await page.locator('.graphiql-execute-button').waitFor();
  await expectText(page.locator('.graphiql-tab'), ['MeetingParticipants', 'ActorStatements', 'Discrepancies', 'Search']);
  // The schema arrived by introspection: the editor knows the types.
  await page.locator('.graphiql-query-editor').getByText('meetings').first().waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'playground-loaded.png') });

  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((url) => !staysLocal(url))).toEqual([]);
  expect(requests).toContain(api.server.url);
});

test('the preloaded nested meeting question runs and its result is shown', async () => {
  const { page, requests } = tab;
  const answer = page.waitForResponse((r) => r.request().method() === 'POST' && (r.request().postData() ?? '').includes('MeetingParticipants'));

  await page.locator('.graphiql-execute-button').click();

  const body = await (await answer).json();
  expect(body.errors).toBeUndefined();
  const meeting = body.data.meetings.nodes.find((m: { place: string | null }) => m.place === 'St Petersburg');
  expect(meeting).toEqual(expect.objectContaining({ date: '2025-04-11' }));
  expect(meeting.participants.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['Steve Witkoff', 'Vladimir Putin']));
  // What the person sees: the response pane shows the data, starting with the first meeting.
  await shows(page, '.result-window', '"meetings"');
  await shows(page, '.result-window', `"title": "${body.data.meetings.nodes[0].title}"`);
  await page.screenshot({ path: join(ARTIFACTS, 'playground.png') });

  expect(requests.filter((url) => !staysLocal(url))).toEqual([]);
});

test('the offline page would catch a page that loads anything from the internet', async () => {
  const { page, context } = await offlinePage(browser);
  const requests: string[] = [];
  page.on('requestfailed', (request) => requests.push(`${request.url()} ${request.failure()?.errorText}`));

  await page.setContent('<script src="https://cdn.example.invalid/graphiql.js"></script>');

  expect(requests).toEqual(['https://cdn.example.invalid/graphiql.js net::ERR_INTERNET_DISCONNECTED']);
  await context.close();
});

/** Waits until the element shows `text` (the editors render spaces as no-break spaces). */
async function shows(page: import('playwright-core').Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([sel, wanted]) => (document.querySelector(sel)?.textContent ?? '').replace(/\u00a0/g, ' ').includes(wanted),
    [selector, text] as const,
    { timeout: 10_000 },
  );
}

async function expectText(locator: import('playwright-core').Locator, expected: string[]): Promise<void> {
  await locator.nth(expected.length - 1).waitFor();
  expect((await locator.allInnerTexts()).map((text) => text.trim())).toEqual(expected);
}
