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
  parentPort?.postMessage({ seq: message.seq, result: processChunk(message.chunk, settings, options) });
});
