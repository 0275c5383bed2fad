/**
 * A cursor is the base64url of the id of the last item seen. Ids are stable, so a cursor keeps pointing at
 * the same item when the ontology is rebuilt with more nodes; clients must still treat it as opaque.
 */
export function encodeCursor(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url');
}

/** The id inside `cursor`, or undefined when it is not a cursor this API issued. */
export function decodeCursor(cursor: string): string | undefined {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  // Node's base64url decoder skips characters it does not know; re-encoding exposes such garbage.
  return id !== '' && encodeCursor(id) === cursor ? id : undefined;
}
