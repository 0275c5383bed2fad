import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The checkout this code runs from, found by walking up to package.json, because the same module runs from
 * src/ under jest and from dist/src/ after a build.
 */
export function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
  return dir;
}
