// @vitest-environment jsdom
import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ssrCases } from './ssrCases';

afterEach(() => vi.restoreAllMocks());

describe('hydration', () => {
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
