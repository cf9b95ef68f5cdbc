// Every relative link between the README and docs/ must lead somewhere: a file that exists and, for
// a `#section`, a heading of that file (GitHub's anchors), so moving a section cannot strand a link.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const FILES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs')).map((name) => `docs/${name}`),
].filter((file) => file.endsWith('.md'));

/** Fenced code blocks hold examples, not headings or links. */
function withoutCodeBlocks(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '');
}

/** The text a reader sees, without code blocks or code spans (their brackets are not links). */
function prose(markdown: string): string {
  return withoutCodeBlocks(markdown).replace(/`[^`\n]*`/g, '');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to dashes, repeats numbered. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  const headings = withoutCodeBlocks(markdown).matchAll(/^#{1,6} +(.+?) *$/gm);
  for (const heading of [...headings].map((match) => match[1] ?? '')) {
    const base = heading
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count === 0 ? base : `${base}-${count}`);
  }
  return result;
}

function brokenLinks(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const broken: string[] = [];
  const targets = [...prose(text).matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1] ?? '');
  for (const target of targets) {
    if (/^[a-z]+:/i.test(target)) continue;
    const [path, anchor] = target.split('#');
    const linked = path ? join(dirname(join(ROOT, file)), path) : join(ROOT, file);
    if (!existsSync(linked)) broken.push(`${target} (no file)`);
    else if (anchor !== undefined && linked.endsWith('.md')) {
      if (!anchors(readFileSync(linked, 'utf8')).has(anchor))
        broken.push(`${target} (no heading in ${relative(ROOT, linked)})`);
    }
  }
  return broken;
}

describe('links in the README and docs/', () => {
  it.each(FILES)('%s links only to files and headings that exist', (file) => {
    expect(brokenLinks(file)).toEqual([]);
  });

  it('finds GitHub anchors the way GitHub does', () => {
    expect([
      ...anchors('## §7 Non-functional targets\n## Measured: `npm run bench:faults`\n'),
    ]).toEqual(['7-non-functional-targets', 'measured-npm-run-benchfaults']);
  });
});
