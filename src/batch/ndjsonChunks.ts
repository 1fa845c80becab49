import type { ChunkInput } from './chunk.js';

/** Bytes of input per chunk: big enough that a worker's message costs little, small enough to keep memory flat. */
const CHUNK_CHARS = 64 * 1024;

/**
 * Cuts NDJSON text, as it streams in, into chunks of whole lines, each with the number of its
 * first line (1 for the first line of the input).
 */
export async function* ndjsonChunks(input: AsyncIterable<string | Buffer>): AsyncGenerator<ChunkInput & { kind: 'ndjson' }> {
  let pending = '';
  let nextLine = 1;
  for await (const part of input) {
    pending += typeof part === 'string' ? part : part.toString('utf8');
    if (pending.length < CHUNK_CHARS) continue;
    const end = pending.lastIndexOf('\n');
    if (end === -1) continue;
    const text = pending.slice(0, end);
    pending = pending.slice(end + 1);
    yield { kind: 'ndjson', text, firstLine: nextLine };
    nextLine += countLines(text);
  }
  if (pending.length > 0) yield { kind: 'ndjson', text: pending, firstLine: nextLine };
}

/** The number of lines in a chunk (one more than its line breaks). */
function countLines(text: string): number {
  let count = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
