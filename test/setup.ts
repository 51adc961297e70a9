// Shared vitest setup, kept minimal. Testing Library unmounts after each test in DOM environments.
import { afterEach } from 'vitest';

if (typeof document !== 'undefined') {
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => cleanup());
}
