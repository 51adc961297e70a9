// README's links resolve in the repository and in the published package: a relative link names a file
// that exists here, and (for the npm page and a reader of node_modules) one the package ships or one
// npm's page resolves against the repository URL in package.json.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './sizes';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[]; repository?: { url: string }; homepage?: string; bugs?: { url: string } };

/** Relative link targets (no scheme, no anchor-only) of a Markdown file, without their #fragment. */
function relativeLinks(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8').replace(/```[\s\S]*?```/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((match) => match[1]!)
    .filter((target) => !/^[a-z][\w+.-]*:/i.test(target) && !target.startsWith('#'))
    .map((target) => target.split('#')[0]!);
}

describe("README's links", () => {
  it.each(['README.md', 'CHANGELOG.md', 'docs/contract.md'])('every relative link in %s names a file in the repository, never one outside it', (file) => {
    const links = relativeLinks(file);
    for (const link of links) {
      expect(link, `${file} links ${link}`).not.toMatch(/^(\.\.\/|\/)/);
      expect(existsSync(join(root, file, '..', link)), `${file} links ${link}, which does not exist`).toBe(true);
    }
  });

  it('the documents README links are in the package, and the package names its repository for the rest (images)', () => {
    const documents = relativeLinks('README.md').filter((link) => link.endsWith('.md'));
    expect(documents).toContain('docs/contract.md');
    for (const link of documents) expect(pkg.files, `${link} is linked but not published`).toContain(link);
    expect(pkg.repository?.url).toMatch(/^git\+https:\/\/github\.com\/[\w-]+\/[\w-]+\.git$/);
    expect(pkg.homepage).toMatch(/^https:\/\/github\.com\//);
    expect(pkg.bugs?.url).toMatch(/\/issues$/);
  });

  it('every #anchor link in README points to a heading', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const slugs = new Set(
      [...readme.replace(/```[\s\S]*?```/g, '').matchAll(/^#{1,6} (.+)$/gm)].map((match) =>
        match[1]!
          .trim()
          .toLowerCase()
          .replace(/[^\w\s-]/g, '')
          .replace(/\s/g, '-'),
      ),
    );
    const anchors = [...readme.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1]!);
    for (const anchor of anchors) expect(slugs, `#${anchor}`).toContain(anchor);
  });
});
