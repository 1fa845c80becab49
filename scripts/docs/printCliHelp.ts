/*
 * Prints, as JSON, the command line's help and each command's, in one process (for
 * scripts/docs/cliReference.ts): `main` is called once per command with standard output
 * captured. Importing the program runs it once with no arguments, which prints the overview to
 * standard error and sets exit code 2; both are set aside here.
 */
import { main } from '../../src/cli/main.js';

const write = process.stdout.write.bind(process.stdout);

async function helpOf(args: readonly string[]): Promise<string> {
  let text = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    text += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    if ((await main(args)) !== 0) throw new Error(`${args.join(' ')} failed`);
  } finally {
    process.stdout.write = write;
  }
  return text.trimEnd();
}

const overview = await helpOf(['--help']);
// The commands are the first words of the overview's indented lines under "Commands:".
const start = overview.indexOf('Commands:');
const section = overview.slice(start, overview.indexOf('\n\n', start));
const names = [...new Set([...section.matchAll(/^ {2}([a-z][a-z-]*)/gm)].map((match) => match[1] as string))];
const commands: [string, string][] = [];
for (const name of names) commands.push([name, await helpOf([name, '--help'])]);
write(JSON.stringify({ overview, commands }));
process.exitCode = 0;
