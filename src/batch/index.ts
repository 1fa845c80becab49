/**
 * child-protection-pathway/batch: the pathway over many cases at once, for Node scripts (it
 * reads streams and starts worker threads, so it is kept out of the browser-safe main entry).
 *
 * @packageDocumentation
 */
export { runBatch, type RunBatchOptions, type BatchSummary } from './runBatch.js';
export { replayMany } from './replayMany.js';
export { batchCaseSchema, type BatchCase } from './caseInput.js';
export { batchOutputs, csvHeader, type BatchOutput, type BatchFormat, type DueRow } from './outputs.js';
export type { BatchRefusal, BatchErrorCode, CaseResult } from './processCase.js';
export type { BatchSettings, CalendarName } from './settings.js';
