/** The most of any response body the widget reads: a session answer is ~200 bytes, an error page a few KB. */
export const MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * Reads at most `limit` bytes of a response body as text and cancels the rest, so a 5 MB error page
 * costs 64 KB of reading, not seconds of parsing. `truncated` tells the caller the text is a prefix.
 */
export async function readLimitedText(response: Response, limit = MAX_RESPONSE_BYTES): Promise<{ text: string; truncated: boolean }> {
  const body = response.body;
  if (!body || typeof body.getReader !== 'function') {
    // Hand-made responses (tests, a host fetch wrapper) may have no stream: text() is all there is.
    const text = await response.text();
    return text.length > limit ? { text: text.slice(0, limit), truncated: true } : { text, truncated: false };
  }
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { text: text + decoder.decode(), truncated: false };
    const room = limit - received;
    if (value.byteLength > room) {
      text += decoder.decode(value.subarray(0, room));
      void reader.cancel().catch(() => {});
      return { text, truncated: true };
    }
    received += value.byteLength;
    text += decoder.decode(value, { stream: true });
  }
}
