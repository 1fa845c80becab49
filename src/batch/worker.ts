/**
 * A batch worker thread: receives chunks of input with the run's settings and posts back each
 * chunk's result. Started by runBatch; never imported by apps.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processChunk, type ChunkInput } from './chunk.js';
import { pathwayOptionsOf, type BatchSettings } from './settings.js';

const settings = workerData as BatchSettings;
const options = pathwayOptionsOf(settings);

parentPort?.on('message', (message: { readonly seq: number; readonly chunk: ChunkInput }) => {
  const { text, ...rest } = processChunk(message.chunk, settings, options);
  // The rows go back as bytes, moved rather than copied: they are most of the run's data.
  const bytes = Buffer.from(text as string, 'utf8');
  // A small Buffer may be a slice of Node's shared pool: copy those out, move the rest.
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  const buffer = (whole ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)) as ArrayBuffer;
  parentPort?.postMessage({ seq: message.seq, result: { ...rest, bytes: buffer } }, [buffer]);
});
