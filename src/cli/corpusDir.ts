import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot } from '../repoRoot';

/**
 * The corpus folder: the `--corpus` flag, else CORPUS_DIR, else the repo's seeds/. A folder the user named is
 * taken relative to where they typed the command, as a shell user expects. npm runs scripts from the package
 * root, so under `npm start` / `npm run` that place is INIT_CWD, not the process's cwd. The default is found
 * from the checkout, so it works from any directory.
 */
export function resolveCorpusDir(flag: string | undefined, env: NodeJS.ProcessEnv, cwd: string): string {
  const named = flag ?? (env.CORPUS_DIR || undefined);
  const dir = named === undefined ? join(repoRoot(), 'seeds') : resolve(env.INIT_CWD || cwd, named);
  let isDirectory = false;
  try {
    isDirectory = statSync(dir).isDirectory();
  } catch {
    // a missing path is reported below, like a path that is a file
  }
  if (!isDirectory) throw new Error(`corpus folder ${dir} does not exist or is not a folder`);
  return dir;
}
