// @vitest-environment jsdom
import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadLocale } from '../../src/index';
import { ssrCases } from './ssrCases';

afterEach(() => vi.restoreAllMocks());

describe('hydration', () => {
  // Server and client must show the same texts: both load the locale before rendering.
  beforeAll(() => Promise.all(['de', 'fr'].map((code) => loadLocale(code))));

  it.each(ssrCases)('$name hydrates without warnings', async ({ element }) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const html = renderToString(element);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const serverMarkup = container.innerHTML;
    const error = vi.spyOn(console, 'error');
    const recoverable = vi.fn();
    const root = await act(async () => hydrateRoot(container, element, { onRecoverableError: recoverable }));
    expect(error).not.toHaveBeenCalled();
    expect(recoverable).not.toHaveBeenCalled();
    expect(container.innerHTML).toBe(serverMarkup);
    act(() => root.unmount());
    container.remove();
  });
});
