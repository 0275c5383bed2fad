// Lets a child process run the TypeScript sources directly (`node -r ./tests/support/registerTs.js src/main.ts`),
// so tests can start the real service as a process without a build. Transpile only, as ts-jest does here.
// Transpiling every module takes seconds of CPU per process, and the tests start several, so the output is kept
// in a cache in the system's temp folder, keyed by the file, its text, TypeScript's version and the options.
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createHash } = require('node:crypto');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
const cacheDir = join(tmpdir(), 'event-ontology-ts-cache');
mkdirSync(cacheDir, { recursive: true });
const tsVersion = require('typescript/package.json').version;
const tsconfig = readFileSync(join(root, 'tsconfig.json'), 'utf8');

/** TypeScript itself takes a moment to load: only when a file is not in the cache. */
let compile;
function compiler() {
  if (compile) return compile;
  const ts = require('typescript');
  const { config } = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, root);
  const compilerOptions = { ...options, sourceMap: false, inlineSourceMap: true };
  compile = (source, fileName) => ts.transpileModule(source, { compilerOptions, fileName }).outputText;
  return compile;
}

require.extensions['.ts'] = (module, filename) => {
  const source = readFileSync(filename, 'utf8');
  const key = createHash('sha256').update(`${tsVersion}\0${tsconfig}\0${filename}\0${source}`).digest('hex');
  const cached = join(cacheDir, `${key}.js`);
  let output;
  try {
    output = readFileSync(cached, 'utf8');
  } catch {
    output = compiler()(source, filename);
    // Written under another name first, so a process running at the same time never reads half a file.
    const temp = `${cached}.${process.pid}.tmp`;
    writeFileSync(temp, output);
    renameSync(temp, cached);
  }
  module._compile(output, filename);
};
