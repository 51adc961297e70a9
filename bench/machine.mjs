// What the numbers were measured on: without it a results table cannot be compared to another.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { REPO_ROOT } from './config.mjs';
import { ANCHORS } from './anchors.mjs';

// Inside our measured bundles (preact in the IIFE; the rest in the React entry) or doing the measuring.
const ALSO_RELEVANT = [
  'preact',
  'zod',
  'react-hook-form',
  '@tanstack/react-query',
  'react',
  'react-dom',
  'esbuild',
  'playwright-core',
];

function installedVersion(pkg) {
  try {
    return JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return 'not installed';
  }
}

/** @param {string} chromiumVersion  browser.version(), or why it is unknown */
export function collectMachine(chromiumVersion) {
  const cpus = os.cpus();
  const ours = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
  return {
    node: process.version,
    os: `${os.type()} ${os.release()} (${process.platform}/${process.arch})`,
    cpu: `${cpus[0]?.model?.trim() ?? 'unknown'} × ${cpus.length}`,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    chromium: chromiumVersion,
    packages: [
      [ours.name, `${ours.version} (this repo)`],
      ...ANCHORS.map((a) => [a.pkg, installedVersion(a.pkg)]),
      ...ALSO_RELEVANT.map((pkg) => [pkg, installedVersion(pkg)]),
    ],
  };
}
