/**
 * Reading input: a file, or standard input for `-`. The only place under src/ that reads a
 * file or standard input. Messages name the file's role (`<events.json>`, `--rule-set`), never
 * its path: a path can hold a child's name.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { InputError } from './errors.js';

let stdinRead = false;

/**
 * The text of a file, or of standard input when the name is `-` (which can be read once).
 * `role` is what messages call the file.
 */
export async function readInput(file: string, role: string): Promise<string> {
  if (file === '-') {
    if (stdinRead) throw new InputError([{ path: role, message: 'standard input can be read only once' }]);
    stdinRead = true;
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw unreadable(error, role);
  }
}

/**
 * A file, or standard input for `-`, as a stream, for input too big to hold (batch). Resolves
 * once the file is open, so a missing file is an input error before anything is read.
 */
export async function openInput(file: string, role: string): Promise<Readable> {
  if (file === '-') {
    if (stdinRead) throw new InputError([{ path: role, message: 'standard input can be read only once' }]);
    stdinRead = true;
    return process.stdin;
  }
  const stream = createReadStream(file);
  await new Promise<void>((resolve, reject) => {
    stream.once('ready', () => resolve());
    stream.once('error', (error) => reject(unreadable(error, role)));
  });
  return stream;
}

/** Why a file cannot be read, naming its role, never its path. */
function unreadable(error: unknown, role: string): InputError {
  const code = (error as { code?: string }).code;
  const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot be read (${code ?? 'error'})`;
  return new InputError([{ path: role, message: reason }]);
}
