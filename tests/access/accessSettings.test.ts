import { accessSettingsFromEnv, rateFrom, trustProxyFrom } from '../../src/access/accessSettings';
import { RateLimiter } from '../../src/access/rateLimiter';

/* What an operator writes in the environment, and what a mistake in it says (never the secret). */

const settingsOf = (env: NodeJS.ProcessEnv) => accessSettingsFromEnv(env, () => undefined);
const messageOf = (env: NodeJS.ProcessEnv): string => {
  try {
    settingsOf(env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the settings to be refused');
};

test('rates read as requests per second with a burst; without a burst, two seconds worth', () => {
  expect(rateFrom('WRITE_RATE', '10/s burst 20', undefined)).toEqual({ perSecond: 10, burst: 20 });
  expect(rateFrom('WRITE_RATE', '600/min', undefined)).toEqual({ perSecond: 10, burst: 20 });
  expect(rateFrom('READ_RATE', '100/h', undefined)).toEqual({ perSecond: 100 / 3600, burst: 1 });
  expect(rateFrom('READ_RATE', 'off', { perSecond: 1, burst: 1 })).toBeUndefined();
  expect(rateFrom('READ_RATE', undefined, undefined)).toBeUndefined();
  expect(settingsOf({}).settings.writeRate).toEqual({ perSecond: 10, burst: 20 });
  expect(messageOf({ WRITE_RATE: 'fast' })).toBe('WRITE_RATE must be a rate like 10/s, 600/min or "10/s burst 20" (or off), got "fast"');
  expect(messageOf({ READ_RATE: '0/s' })).toMatch(/^READ_RATE must be a rate/);
});

test('TRUST_PROXY has the meaning of Express’s trust proxy: booleans, hop counts, addresses and subnets', () => {
  expect(trustProxyFrom(undefined)('127.0.0.1', 0)).toBe(false);
  expect(trustProxyFrom('true')('203.0.113.9', 5)).toBe(true);
  expect([0, 1, 2].map((hop) => trustProxyFrom('2')('203.0.113.9', hop))).toEqual([true, true, false]);
  const subnets = trustProxyFrom('loopback, 10.0.0.0/8');
  expect([subnets('127.0.0.1', 0), subnets('10.1.2.3', 0), subnets('203.0.113.9', 0)]).toEqual([true, true, false]);
  expect(messageOf({ TRUST_PROXY: 'my-proxy' })).toMatch(/^TRUST_PROXY must be true, false, a number of hops, or addresses and subnets/);
});

test.each([
  [{ WRITE_TOKENS: 'nocolon-s3cr3t-value' }, 'WRITE_TOKENS item 1 must be name:secret'],
  [{ WRITE_TOKENS: 'ok:first-s3cr3t-value,bad name:second-s3cr3t' }, 'WRITE_TOKENS item 2 must be name:secret'],
  [{ READ_TOKENS: 'reader:' }, 'READ_TOKENS item 1 (token "reader") has an empty secret'],
  [{ WRITE_TOKENS: 'ops:semi;colon-s3cr3t' }, 'WRITE_TOKENS item 1 (token "ops") has characters an Authorization: Bearer header cannot carry'],
  [{ WRITE_TOKENS: 'ops:same-s3cr3t-value', READ_TOKENS: 'ops:other-s3cr3t-value' }, 'token name "ops" is given twice'],
  [{ WRITE_TOKENS: 'a:same-s3cr3t-value,b:same-s3cr3t-value' }, 'token "b" has the same secret as another token'],
  [{ WRITE_TOKENS_FILE: '/nonexistent/tokens' }, 'WRITE_TOKENS_FILE /nonexistent/tokens cannot be read (ENOENT)'],
])('a bad token setting is refused with a message that names the variable and not the secret: %j', (env, message) => {
  const text = messageOf(env);
  expect(text).toContain(message);
  expect(text).not.toMatch(/s3cr3t/);
});

test('startup says which tokens there are by name, whether writes are off, and warns of short secrets in production', () => {
  expect(settingsOf({}).report.lines).toEqual([expect.stringContaining('Writes (addArticle) are off: no write token is configured. For local development: WRITE_TOKENS=dev:dev npm start')]);
  const { report } = settingsOf({ NODE_ENV: 'production', WRITE_TOKENS: 'dev:dev,ci:0123456789abcdef0123', READ_TOKENS: 'dash:short' });
  expect(report.lines).toEqual(['write tokens from WRITE_TOKENS: dev, ci', 'read tokens from READ_TOKENS: dash', 'Reads are private: every GraphQL request needs a read or write token.']);
  expect(report.warnings).toEqual([expect.stringMatching(/^Token\(s\) dev, dash have secrets shorter than 16 characters/)]);
});

test('a rate limiter keeps bounded memory: idle buckets go first, then the longest unused', () => {
  let now = 0;
  const limiter = new RateLimiter({ perSecond: 1, burst: 2 }, 100, () => now);
  for (let i = 0; i < 1000; i++) limiter.take(`198.51.100.${i}`);
  expect(limiter.size).toBeLessThanOrEqual(100);

  // A busy client keeps its bucket (and its limit) while idle ones are dropped.
  expect([limiter.take('busy'), limiter.take('busy'), limiter.take('busy')].map((a) => a.ok)).toEqual([true, true, false]);
  now += 10_000;
  for (let i = 0; i < 100; i++) limiter.take(`203.0.113.${i}`);
  expect(limiter.take('busy').ok).toBe(true);
  expect(limiter.take('busy').ok).toBe(true);
  expect(limiter.take('busy')).toEqual({ ok: false, retryAfterSeconds: 1 });
});
