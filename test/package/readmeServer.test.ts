import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from './sizes';

// README's server snippet ("Backend contract"), taken from README.md itself and run against the built
// entries, so the code a shop copies for its backend keeps working as the package changes.
let dir: string;
let POST: (request: Request) => Promise<Response>;
const created: unknown[] = [];

beforeAll(async () => {
  if (!existsSync(join(root, 'dist/schema.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const snippet = /```ts\n(\/\/ app\/checkout\/session\/route\.ts[\s\S]*?)```/.exec(readme)?.[1];
  if (!snippet) throw new Error('README.md has no server snippet starting with "// app/checkout/session/route.ts"');
  dir = mkdtempSync(join(tmpdir(), 'checkout-widget-readme-server-'));
  // The one thing the snippet leaves to the shop: its payment provider.
  const provider = `const createYourCheckoutSession = async (body) => { globalThis.__created.push(body); return { url: 'https://pay.example/cs_test_1' }; };\n`;
  const result = await build({
    stdin: { contents: provider + snippet, loader: 'ts', resolveDir: root },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    alias: { 'checkout-widget/schema': join(root, 'dist/schema.js'), 'checkout-widget/core': join(root, 'dist/core.js') },
    logLevel: 'silent',
  });
  const file = join(dir, 'route.mjs');
  writeFileSync(file, result.outputFiles[0]!.text);
  (globalThis as { __created?: unknown[] }).__created = created;
  ({ POST } = await import(pathToFileURL(file).href));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const post = (body: string) => POST(new Request('http://localhost/checkout/session', { method: 'POST', body, headers: { 'content-type': 'application/json' } }));
const valid = { line_items: [{ price: 'price_1', quantity: 2 }], mode: 'payment', success_url: 'https://shop.example/thanks', payment_method_types: ['card'], subscription_data: {} };

describe("README's server snippet", () => {
  it('answers 201 with the url for a body the widget sends, and passes the parsed body on', async () => {
    const response = await post(JSON.stringify(valid));
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ url: 'https://pay.example/cs_test_1' });
    expect(created).toEqual([valid]);
  });

  it('answers 400 naming the field, in the shape the widget reads', async () => {
    const { success_url: _, ...missing } = valid;
    const response = await post(JSON.stringify({ ...missing, line_items: [{ price: 'price 1' }] }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { message: 'line_items[0].price: must be a non-empty price id such as "price_1Nx…" (letters, digits, "_" and "-", no spaces)', param: 'line_items[0].price' },
    });
  });

  it('answers 400 to a body that is not JSON', async () => {
    const response = await post('{not json');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { message: 'body: must be an object: the checkout session body', param: 'body' } });
  });
});
