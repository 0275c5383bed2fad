import type { TestServer } from './testServer';

export const LISTS = ['sources', 'actors', 'statements', 'meetings', 'agreements', 'discrepancies'] as const;
export type ListName = (typeof LISTS)[number];

/** Every item of a top-level list, following `endCursor` page by page as a client would. */
export async function walkList<T>(api: TestServer, list: ListName, selection: string, pageSize = 500): Promise<T[]> {
  const items: T[] = [];
  let after: string | null = null;
  for (;;) {
    const data: any = await api.data(
      `query ($first: Int, $after: String) {
        ${list}(first: $first, after: $after) { nodes { ${selection} } pageInfo { hasNextPage endCursor } }
      }`,
      { first: pageSize, after },
    );
    items.push(...data[list].nodes);
    if (!data[list].pageInfo.hasNextPage) return items;
    after = data[list].pageInfo.endCursor;
  }
}
