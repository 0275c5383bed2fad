/**
 * The dashboard's data, fetched with the typed documents `npm run codegen` generates from operations/dashboard/
 * and the client in client/typedClient.ts: the result types below are codegen's, not written by hand.
 */
import { allNodes, execute } from '../../client/typedClient';
import {
  DashboardAgreementsDocument,
  DashboardDiscrepanciesDocument,
  DashboardMeetingsDocument,
  DashboardSourcesDocument,
  DashboardStatementsDocument,
  SourceTextDocument,
  type DashboardAgreementsQuery,
  type DashboardDiscrepanciesQuery,
  type DashboardMeetingsQuery,
  type DashboardSourcesQuery,
  type DashboardStatementsQuery,
} from '../../client/generated/graphql';

export type Source = DashboardSourcesQuery['sources']['nodes'][number];
export type Statement = DashboardStatementsQuery['statements']['nodes'][number];
export type Meeting = DashboardMeetingsQuery['meetings']['nodes'][number];
export type Agreement = DashboardAgreementsQuery['agreements']['nodes'][number];
export type Discrepancy = DashboardDiscrepanciesQuery['discrepancies']['nodes'][number];

export interface DashboardData {
  sources: Source[];
  statements: Statement[];
  meetings: Meeting[];
  agreements: Agreement[];
  discrepancies: Discrepancy[];
  /** Lists that could not be loaded, with the reason; they are empty above and the page shows the rest. */
  problems: string[];
}

/** The whole ontology but the article texts, every list followed to its last page. */
export async function loadDashboardData(endpoint: string): Promise<DashboardData> {
  const problems: string[] = [];
  const orEmpty = <T>(list: string, load: Promise<T[]>): Promise<T[]> =>
    load.catch((error: unknown) => {
      problems.push(`${list}: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    });
  const [sources, statements, meetings, agreements, discrepancies] = await Promise.all([
    orEmpty('sources', allNodes(endpoint, DashboardSourcesDocument, {}, (result) => result.sources)),
    orEmpty('statements', allNodes(endpoint, DashboardStatementsDocument, {}, (result) => result.statements)),
    orEmpty('meetings', allNodes(endpoint, DashboardMeetingsDocument, {}, (result) => result.meetings)),
    orEmpty('agreements', allNodes(endpoint, DashboardAgreementsDocument, {}, (result) => result.agreements)),
    orEmpty('discrepancies', allNodes(endpoint, DashboardDiscrepanciesDocument, {}, (result) => result.discrepancies)),
  ]);
  return { sources, statements, meetings, agreements, discrepancies, problems };
}

/** Article texts, fetched once each when first needed. */
export class SourceTexts {
  private readonly texts = new Map<string, Promise<string>>();

  constructor(private readonly endpoint: string) {}

  get(id: string): Promise<string> {
    let text = this.texts.get(id);
    if (!text) {
      text = execute(this.endpoint, SourceTextDocument, { id }).then(({ source }) => {
        if (!source) throw new Error(`no source ${id}`);
        return source.text;
      });
      text.catch(() => this.texts.delete(id));
      this.texts.set(id, text);
    }
    return text;
  }
}
