/** The result of a bounded read: the bytes, or `tooLarge` once the limit was passed (the rest is never read). */
export type BoundedRead = { ok: true; bytes: Uint8Array } | { ok: false; tooLarge: true };

/**
 * Reads `stream` up to `maxBytes`, counting bytes as they arrive; past the limit it cancels the stream,
 * so a sender of a gigabyte costs us one chunk over the limit, not a gigabyte of memory.
 */
export async function readBounded(stream: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<BoundedRead> {
  if (!stream) return { ok: true, bytes: new Uint8Array(0) };
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, tooLarge: true };
      }
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}

/** A bounded read decoded as UTF-8 (invalid sequences become U+FFFD, which JSON.parse then refuses in keys or passes in strings). */
export async function readBoundedText(stream: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<string | undefined> {
  const read = await readBounded(stream, maxBytes);
  return read.ok ? new TextDecoder().decode(read.bytes) : undefined;
}
