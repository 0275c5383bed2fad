/*
 * The credentials of a request: `Authorization: Bearer <token>` (RFC 6750). No header is an anonymous request;
 * a header in another form is refused rather than ignored, so a client that sends its token wrongly finds out
 * at once instead of being served as anonymous.
 */

export type Credentials = { kind: 'none' } | { kind: 'bearer'; token: string } | { kind: 'malformed' };

/** RFC 6750's token68 characters. */
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

export function credentialsOf(authorization: string | string[] | undefined): Credentials {
  if (authorization === undefined) return { kind: 'none' };
  if (Array.isArray(authorization)) return { kind: 'malformed' };
  const match = BEARER.exec(authorization);
  return match ? { kind: 'bearer', token: match[1] } : { kind: 'malformed' };
}
