// House rules that a type checker does not see (STYLE.md): layering, no inline styles, a clean package.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

const files = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
const problems = [];
for (const file of files('src').filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))) {
  const source = readFileSync(file, 'utf8');
  if (file.startsWith('src/core/') && /from\s+['"](react|react-dom|preact|react-hook-form|@tanstack\/react-query)(\/|['"])/.test(source)) problems.push(`${file}: core must not import a UI library`);
  if (/^src\/(core|mock)\//.test(file) && /from\s+['"]\.\.\/(react|element)\//.test(source)) problems.push(`${file}: core and mock must not import the React or element layers`);
  if (/^src\/(react|element)\//.test(file) && /\sstyle=\{/.test(source)) problems.push(`${file}: inline style attributes break a strict CSP; use a class`);
  if (file.startsWith('src/core/') && /from\s+['"]zod/.test(source)) problems.push(`${file}: core must not import zod (the zod schema lives in src/schema; core parses with src/core/validate.ts)`);
  if (/from\s+['"]zod['"]/.test(source)) problems.push(`${file}: import zod/mini, not the full zod (size, locales)`);
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
execFileSync(process.execPath, ['node_modules/publint/src/cli.js', '--strict'], { stdio: 'inherit' });
console.log('lint: layering, inline styles and zod imports clean; publint clean');
