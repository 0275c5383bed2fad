import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../repoRoot';

/*
 * Which extractor made an extraction: a hash of everything that decides what extraction gives for a text (the
 * sources and data files of src/extract and src/nlp, and the versions of the NLP packages), so any change to
 * them is a new version without anyone having to remember to bump a number. EXTRACTOR_VERSION overrides it.
 */

const EXTRACTOR_DIRS = ['src/extract', 'src/nlp'];
const NLP_PACKAGES = ['wink-nlp', 'wink-eng-lite-web-model', 'chrono-node'];

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

let computed: string | undefined;

export function extractorVersion(env: NodeJS.ProcessEnv = process.env): string {
  if (env.EXTRACTOR_VERSION) return env.EXTRACTOR_VERSION;
  if (computed !== undefined) return computed;
  const root = repoRoot();
  const hash = createHash('sha256');
  for (const dir of EXTRACTOR_DIRS) {
    for (const file of filesUnder(join(root, dir))) hash.update(file.slice(root.length)).update(readFileSync(file));
  }
  for (const name of NLP_PACKAGES) {
    const manifest = join(root, 'node_modules', name, 'package.json');
    hash.update(`${name}@${existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : '?'}`);
  }
  computed = hash.digest('hex').slice(0, 16);
  return computed;
}
