// What `react` resolves to in the script-tag bundle (vite.iife.config.ts): preact/compat's named
// exports, and a default export that holds only what react-hook-form reads from it. react-hook-form
// does `import React from 'react'`, and preact/compat's own default export holds all of compat
// (Suspense, lazy, Children, portals…), which no bundler can then leave out: ~1.3 KB gzip.
// test/package/iifeBuild.test.ts keeps this list complete.
import { Fragment, createContext, createElement, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/compat';

export * from 'preact/compat';

export default { Fragment, createContext, createElement, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState };
