import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium, which `npm test` installs when missing (scripts/ensure-chromium.sh). */
export const CHROMIUM = '/usr/bin/chromium';
/** Screenshots the browser tests take (gitignored); docs/ keeps one of each for the README. */
export const ARTIFACTS = join(__dirname, '..', 'artifacts');

/** One headless Chromium for a test file, with nothing running in the background that would call out. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: \`npm test\` installs it (scripts/ensure-chromium.sh), or run that script as root`);
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  // Playwright gives each launch a new, empty profile (--user-data-dir in a temp folder).
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** True for a URL that stays on this machine: loopback, or data:/blob: content the page made itself. */
export function staysLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || LOCAL_HOSTS.has(hostname);
}

export interface OfflinePage {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested, in order. */
  requests: string[];
}

/**
 * A page in a fresh context that records every request and refuses any that would leave the machine, as if
 * there were no internet: a page that still works here works offline.
 */
export async function offlinePage(browser: Browser): Promise<OfflinePage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.route(
    (url) => !staysLocal(url.href),
    (route) => route.abort('internetdisconnected'),
  );
  const page = await context.newPage();
  return { context, page, requests };
}
