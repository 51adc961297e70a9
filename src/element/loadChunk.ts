// The script tag's one loader for the files that ship beside dist/checkout-widget.iife.js: the form
// (checkout-widget-form.js) and the locales (locales/<code>.js). Each is a classic script that hands
// its module to `CheckoutWidget.__chunk(name, version, module)`. A classic <script src> of a same-origin
// file is what `script-src 'self'` allows; it takes `integrity`, which dynamic import() cannot, and it
// needs no eval and no blob:. The names, files and SHA-384 hashes are baked in by vite.iife.config.ts.
import { version } from './version';

/**
 * What the build bakes in: chunk name → file (relative to the main script) and its SRI hash. A group of
 * many small chunks (`locale/it`, `locale/de`…) is listed by an index chunk named after the group
 * (`locale/`), itself pinned here: the main file carries one hash for the group, not one per locale.
 */
export type ChunkManifest = Record<string, { file: string; integrity: string }>;

declare const __CHECKOUT_WIDGET_CHUNKS__: ChunkManifest | undefined;

const manifest: ChunkManifest = typeof __CHECKOUT_WIDGET_CHUNKS__ === 'undefined' ? {} : __CHECKOUT_WIDGET_CHUNKS__;

// Read while the IIFE first runs: `document.currentScript` is its <script> element only then.
const mainScript = typeof document === 'undefined' ? null : findMainScript();

interface Pending {
  promise: Promise<unknown>;
  resolve(module: unknown): void;
  reject(error: Error): void;
  registered: boolean;
}
const chunks = new Map<string, Pending>();
let trustedPolicy: { createScriptURL(url: string): unknown } | null | undefined;

/**
 * Loads the chunk `name` once (later calls share the promise) and resolves with its module. When the
 * main <script> carries `integrity`, the chunk's own baked-in hash is set on its <script>, and
 * `crossorigin`, `nonce` and `referrerpolicy` are copied, so a pinned script tag pins its chunks too.
 */
export function loadChunk<T>(name: string): Promise<T> {
  const existing = chunks.get(name);
  if (existing) return existing.promise as Promise<T>;
  const group = name.slice(0, name.lastIndexOf('/') + 1);
  if (!manifest[name] && group && manifest[group] && group !== name) {
    const viaIndex = loadChunk<ChunkManifest>(group).then((index) => {
      for (const [key, entry] of Object.entries(index)) if (key.startsWith(group)) manifest[key] ??= entry;
      chunks.delete(name);
      if (!manifest[name]) throw new Error(`checkout-widget has no file for "${name}" in this build`);
      return loadChunk<T>(name);
    });
    chunks.set(name, { promise: viaIndex, resolve() {}, reject() {}, registered: false });
    return viaIndex;
  }
  const pending = deferred(name);
  const entry = manifest[name];
  if (!entry) {
    pending.reject(new Error(`checkout-widget has no file for "${name}" in this build`));
    return pending.promise as Promise<T>;
  }
  const url = new URL(entry.file, baseUrl()).href;
  const script = document.createElement('script');
  try {
    setScriptSource(script, url);
  } catch (error) {
    pending.reject(new Error(`checkout-widget could not load ${url}: ${(error as Error).message}`));
    return pending.promise as Promise<T>;
  }
  script.async = true;
  if (mainScript?.integrity) {
    script.integrity = entry.integrity;
    script.crossOrigin = mainScript.getAttribute('crossorigin') ?? 'anonymous';
  } else if (mainScript?.hasAttribute('crossorigin')) script.crossOrigin = mainScript.getAttribute('crossorigin');
  if (mainScript?.nonce) script.nonce = mainScript.nonce;
  if (mainScript?.referrerPolicy) script.referrerPolicy = mainScript.referrerPolicy;
  script.addEventListener('error', () => {
    pending.reject(new Error(`checkout-widget could not load ${url} (blocked, missing or not matching its integrity hash): deploy the whole dist folder, so the file sits beside checkout-widget.iife.js`));
    script.remove();
  });
  // A classic script runs before its load event: by then a good chunk has registered itself.
  script.addEventListener('load', () => {
    if (!pending.registered) pending.reject(new Error(`${url} loaded but is not checkout-widget ${version}'s "${name}": serve the files of one build together`));
    script.remove();
  });
  document.head.append(script);
  return pending.promise as Promise<T>;
}

/** `CheckoutWidget.__chunk`: where a chunk file hands over its module. A chunk of another version is refused. */
export function registerChunk(name: unknown, chunkVersion: unknown, module: unknown): void {
  if (typeof name !== 'string' || chunkVersion !== version) return;
  const pending = chunks.get(name) ?? deferred(name);
  if (pending.registered) return;
  pending.registered = true;
  pending.resolve(module);
}

function deferred(name: string): Pending {
  let resolve!: (module: unknown) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<unknown>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const pending: Pending = { promise, resolve, reject, registered: false };
  chunks.set(name, pending);
  return pending;
}

function findMainScript(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && current.src) return current;
  // Not run from its own <script src> (bundled into another file, or a module): the last script that looks like ours.
  const scripts = document.querySelectorAll<HTMLScriptElement>('script[src*="checkout-widget"]');
  return scripts[scripts.length - 1] ?? null;
}

function baseUrl(): string {
  return mainScript?.src || document.baseURI;
}

/** Under Trusted Types (`require-trusted-types-for 'script'`), a plain string src throws: use a `checkout-widget` policy. */
function setScriptSource(script: HTMLScriptElement, url: string): void {
  try {
    script.src = url;
    return;
  } catch (error) {
    const types = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): { createScriptURL(url: string): unknown } } }).trustedTypes;
    if (!types || trustedPolicy === null) throw error;
    try {
      // Only the URLs from the baked manifest come through here; the policy allows nothing else.
      trustedPolicy ??= types.createPolicy('checkout-widget', { createScriptURL: (value: string) => (isChunkUrl(value) ? value : '') });
    } catch {
      trustedPolicy = null;
      throw new Error(`the page enforces Trusted Types: add "checkout-widget" to its trusted-types directive`);
    }
    (script as unknown as { src: unknown }).src = trustedPolicy.createScriptURL(url);
  }
}

function isChunkUrl(url: string): boolean {
  return Object.values(manifest).some((entry) => new URL(entry.file, baseUrl()).href === url);
}
