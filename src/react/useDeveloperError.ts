import { useEffect, useRef } from 'react';
import { warnOnce } from '../core/dev';
import { setupErrorKey, validationError, type CheckoutError, type CheckoutIssue } from '../core/errors';
import { validateParams } from '../core/params';
import type { CheckoutSessionParams } from '../core/types';

// Render-time checks must give the same answer on the server and in the browser (or hydration would
// differ), so relative URLs are resolved against a fixed https base here. The real page URL is
// checked again by start(), whose failures become the component's error state.
const RENDER_BASE_URL = 'https://checkout-widget.invalid/';

/**
 * Finds the integrating developer's mistakes in a component's props: the same validation as the
 * request, with issue paths renamed to the component's prop names. Null when the props are fine.
 */
export function findDeveloperError(
  component: string,
  params: CheckoutSessionParams,
  baseUrl: string | undefined,
  extraIssues: CheckoutIssue[] = [],
  propName: (path: string) => string = (path) => path,
): CheckoutError | null {
  const issues = [...extraIssues, ...validateParams(params, { baseUrl: baseUrl ?? RENDER_BASE_URL })];
  if (issues.length === 0) return null;
  const named = issues.map((issue) => ({ path: propName(issue.path), message: issue.message }));
  return validationError(named, `Invalid <${component}> props (no request was sent)`);
}

/** Reports a developer error once per distinct set of bad props: onError with kind 'validation' and a console warning in development. */
export function useDeveloperError(error: CheckoutError | null, onError: ((error: CheckoutError) => void) | undefined): void {
  const onErrorRef = useRef(onError);
  onErrorRef.current = onError;
  const reported = useRef<string | null>(null);
  const key = error ? setupErrorKey(error.issues) : null;
  const errorRef = useRef(error);
  errorRef.current = error;
  useEffect(() => {
    if (reported.current === key) return;
    reported.current = key;
    if (key === null || !errorRef.current) return;
    const { message } = errorRef.current;
    warnOnce(`validation:${message}`, message);
    // A non-function onError is itself reported in the message; calling it would crash the app.
    if (typeof onErrorRef.current === 'function') onErrorRef.current(errorRef.current);
  }, [key]);
}
