// Shared helpers for the browser suites: a real Chromium, a console/CSP watcher, the mock + static server.
export { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumMissing, describeInChromium, launchChromium } from './chromium';
export { watchProblems } from './problems';
export type { CspViolation, PageProblems } from './problems';
export { IIFE_PATH, PAGES_DIR, REPO_ROOT, STRICT_CSP, startTestServer } from './server';
export type { TestServer, TestServerOptions } from './server';
export { checkoutEventTypes, readEvents, recordEvents } from './events';
export type { RecordedEvent } from './events';
export { packedTarball } from './packed';
export { installFixtureApp, npmLs, NPM_LS_PROBLEM, run } from './fixtureApp';
