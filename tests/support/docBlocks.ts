import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/* The code blocks of README.md and docs/*.md, so tests run what the documentation shows, not a copy of it. */

export const ROOT = join(__dirname, '..', '..');
export const DOCS_DIR = join(ROOT, 'docs');

export interface CodeBlock {
  /** The page, relative to the repo root, e.g. "docs/api.md". */
  page: string;
  lang: string;
  text: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The prose between the previous block (or the page start) and this one. */
  before: string;
}

/** README.md and every docs/*.md, relative to the repo root. */
export function documentationPages(): string[] {
  return ['README.md', ...readdirSync(DOCS_DIR).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
}

export function codeBlocks(page: string): CodeBlock[] {
  const lines = readFileSync(join(ROOT, page), 'utf8').split('\n');
  const blocks: CodeBlock[] = [];
  let prose: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^```(\w*)\s*$/.exec(lines[i]);
    if (!fence) {
      prose.push(lines[i]);
      continue;
    }
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) body.push(lines[i]);
    blocks.push({ page, lang: fence[1], text: body.join('\n'), line: start + 1, before: prose.join('\n') });
    prose = [];
  }
  return blocks;
}

/** The question the service exists to answer: the first GraphQL block of the README. */
export function readmeMeetingQuestion(): string {
  const block = codeBlocks('README.md').find((b) => b.lang === 'graphql');
  if (!block) throw new Error('README.md has no graphql block');
  return block.text.trim();
}

/** A `curl` command as the request it sends. */
export interface CurlRequest {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
}

/** The commands of a shell block as words: quoted strings kept whole (across lines), `\` continuations joined. */
function shellCommands(script: string): string[][] {
  const commands: string[][] = [[]];
  const token = /'([^']*)'|"((?:[^"\\]|\\.)*)"|(\n)|(#[^\n]*)|([^\s'"]+)/g;
  const text = script.replace(/\\\n/g, ' ');
  for (let m = token.exec(text); m !== null; m = token.exec(text)) {
    if (m[3] !== undefined) commands.push([]);
    else if (m[4] === undefined) commands[commands.length - 1].push(m[1] ?? m[2]?.replace(/\\(.)/g, '$1') ?? m[5]);
  }
  return commands.filter((words) => words.length > 0);
}

/** Every `curl` command of a shell block, as requests. */
export function curlRequests(block: CodeBlock): CurlRequest[] {
  return shellCommands(block.text).filter((words) => words[0] === 'curl').map((words) => {
    const headers: Record<string, string> = {};
    let url = '';
    let body: string | undefined;
    for (let i = 1; i < words.length; i++) {
      if (words[i] === '-H') {
        const [name, ...value] = words[++i].split(':');
        headers[name.trim().toLowerCase()] = value.join(':').trim();
      } else if (words[i] === '-d') body = words[++i];
      else if (/^https?:/.test(words[i])) url = words[i];
    }
    return { url, method: body === undefined ? 'GET' : 'POST', headers, body };
  });
}
