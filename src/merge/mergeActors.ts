import type { ArticleExtraction } from '../extract/types';
import type { ActorNode } from '../ontology/types';
import { reportOf, sortReports } from './reports';

export const actorIdOf = (key: string) => `actor:${key}`;

/**
 * One actor per canonical key across sources, with every alias and title the sources use and a report for
 * each mention. Affiliations come from the lexicon or the titles sources give (Peskov → Kremlin → Russia).
 */
export function mergeActors(extractions: ArticleExtraction[]): ActorNode[] {
  const nodes = new Map<string, ActorNode>();
  for (const e of extractions) {
    const sourceId = `source:${e.article.id}`;
    for (const a of e.actors) {
      const node = nodes.get(a.key) ?? { id: actorIdOf(a.key), name: a.name, kind: a.kind, aliases: [], titles: [], reports: [] };
      nodes.set(a.key, node);
      for (const alias of a.aliases) if (alias !== node.name && !node.aliases.includes(alias)) node.aliases.push(alias);
      for (const t of a.titles) if (!node.titles.some((x) => x.toLowerCase() === t.title.toLowerCase())) node.titles.push(t.title);
      if (a.affiliationKey && !node.affiliationId) node.affiliationId = actorIdOf(a.affiliationKey);
    }
    for (const m of e.mentions) {
      if (m.via === 'pronoun' || m.via === 'description') continue;
      nodes.get(m.key)?.reports.push(reportOf(sourceId, e.article.text, m));
    }
  }
  // An affiliation the lexicon knows but no source mentions stays out: every node must be reported.
  for (const node of nodes.values()) {
    if (node.affiliationId && !nodes.has(node.affiliationId.slice('actor:'.length))) delete node.affiliationId;
  }
  for (const n of nodes.values()) n.reports = sortReports(n.reports);
  return [...nodes.values()].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}
