import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraphQLSchema, printSortedSchema } from '../graphql/schema';
import { repoRoot } from '../repoRoot';

/** Writes schema.graphql at the repo root: what codegen reads, and what tests/schema-file checks against. */
const path = join(repoRoot(), 'schema.graphql');
writeFileSync(path, printSortedSchema(buildGraphQLSchema()) + '\n');
console.log(`wrote ${path}`);
