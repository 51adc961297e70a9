// The mock backend's CLI (dist/mock-cli.js, `npx checkout-widget-mock`) as README documents it: --help,
// --path, --port, --host, --cors-origin, and one dev-server style log line per request.
import { afterEach, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './support';

const CLI = join(REPO_ROOT, 'dist/mock-cli.js');
const body = JSON.stringify({ line_items: [{ price: 'price_1', quantity: 1 }], mode: 'payment', success_url: 'https://shop.example/thanks?s={CHECKOUT_SESSION_ID}', subscription_data: {} });

let running: ChildProcess | undefined;
afterEach(() => {
  running?.kill();
  running = undefined;
});

async function start(args: string[]): Promise<{ url: string; log: () => string }> {
  const cli = spawn(process.execPath, [CLI, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  running = cli;
  let log = '';
  cli.stdout!.on('data', (chunk) => (log += chunk));
  cli.stderr!.on('data', (chunk) => (log += chunk));
  for (let waited = 0; waited < 20_000; waited += 50) {
    const url = /mock backend on (http:\/\/\S+)/.exec(log)?.[1];
    if (url) return { url, log: () => log };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the CLI did not start:\n${log}`);
}

/** The log is written when the answer is finished; give the line a moment to arrive. */
async function logLine(log: () => string, pattern: RegExp): Promise<string> {
  for (let waited = 0; waited < 5000; waited += 50) {
    const line = log().split('\n').find((candidate) => pattern.test(candidate));
    if (line) return line;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no log line matching ${pattern} in:\n${log()}`);
}

describe('checkout-widget-mock (CLI)', () => {
  it('--help documents every option and the routes', () => {
    const help = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    for (const option of ['--path', '--port', '--host', '--cors-origin', '--static', '--fault', '--quiet', '--help']) expect(help.stdout).toContain(option);
    expect(help.stdout).toContain('default /checkout/session');
  });

  it('refuses an unknown option or a bad port with the reason and exit code 2', () => {
    const unknown = spawnSync(process.execPath, [CLI, '--pth', '/x'], { encoding: 'utf8' });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--pth'");
    const port = spawnSync(process.execPath, [CLI, '--port', 'eighty'], { encoding: 'utf8' });
    expect(port.status).toBe(2);
    expect(port.stderr).toContain('--port must be a number');
  });

  it('--path serves the session endpoint there (and only there), printed at start', async () => {
    const { url, log } = await start(['--path', '/api/checkout/session']);
    expect(log()).toContain(`POST ${url}/api/checkout/session`);
    const created = await fetch(`${url}/api/checkout/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(created.status).toBe(201);
    expect(((await created.json()) as { url: string }).url).toMatch(new RegExp(`^${url}/pay/cs_test_`));
    const elsewhere = await fetch(`${url}/checkout/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(elsewhere.status).toBe(404);
  });

  it('logs one line per request: method, path without its query string, status, milliseconds', async () => {
    const { url, log } = await start([]);
    await fetch(`${url}/checkout/session?token=secret-value`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await fetch(`${url}/nowhere`);
    expect(await logLine(log, /^POST /)).toMatch(/^POST \/checkout\/session 201 \d+ ms$/);
    expect(await logLine(log, /^GET \/nowhere/)).toMatch(/^GET \/nowhere 404 \d+ ms$/);
    expect(log()).not.toContain('secret-value');
  });

  it('--quiet logs no requests', async () => {
    const { url, log } = await start(['--quiet']);
    await fetch(`${url}/checkout/sessions`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(log()).not.toMatch(/^GET /m);
  });

  it('--cors-origin allows that origin (and only it) from another host', async () => {
    const { url } = await start(['--cors-origin', 'https://shop.example']);
    const preflight = (origin: string) =>
      fetch(`${url}/checkout/session`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    expect((await preflight('https://shop.example')).headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('--host binds the given interface', async () => {
    const { url } = await start(['--host', 'localhost']);
    expect(url).toMatch(/^http:\/\/localhost:\d+$/);
    expect((await fetch(`${url}/checkout/sessions`)).status).toBe(200);
  });
});
