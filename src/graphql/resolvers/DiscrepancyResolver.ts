import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OntologyNode } from '../../ontology/OntologyStore';
import type { DiscrepancyRecord } from '../../ontology/types';
import type { ApiContext } from '../context';
import { referenced } from '../references';
import { Discrepancy } from '../types/Discrepancy';
import { Node } from '../types/Node';

@Resolver(() => Discrepancy)
export class DiscrepancyResolver {
  @FieldResolver(() => Node, { description: 'The node whose field the sources disagree on.' })
  subject(@Root() discrepancy: DiscrepancyRecord, @Ctx() { store }: ApiContext): OntologyNode {
    return referenced(store.node(discrepancy.subjectId), 'node', discrepancy.subjectId, discrepancy.id);
  }
}
