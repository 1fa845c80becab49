import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt, hasStackTrace, root } from './run.js';

beforeAll(ensureBuilt, 180_000);

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

describe('child-protection-pathway', () => {
  it('prints the version of package.json', () => {
    const result = cli(['--version']);
    expect(result).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('starts with a shebang, so npm can link it as a bin', () => {
    expect(readFileSync(join(root, 'dist', 'cli.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin?: Record<string, string> };
    expect(manifest.bin).toEqual({ 'child-protection-pathway': './dist/cli.js' });
  });

  it.each([['--help'], ['-h'], ['help']])('%s lists every command, exit 0', (flag) => {
    const result = cli([flag]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    for (const command of ['due', 'working-days add', 'working-days between', 'working-days is', 'holidays', 'timeline', 'validate']) {
      expect(result.stdout).toContain(command);
    }
  });

  const commands = ['due', 'working-days', 'working-days add', 'working-days between', 'working-days is', 'holidays', 'timeline', 'validate'];
  it.each(commands)('%s --help prints the command usage, exit 0', (command) => {
    const result = cli([...command.split(' '), '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Usage: child-protection-pathway ${command}`);
    expect(result.stderr).toBe('');
  });

  it('--help wins over missing arguments and bad options', () => {
    expect(cli(['due', '--bogus', '-h']).status).toBe(0);
  });

  it('without a command prints the usage on stderr, exit 2', () => {
    const result = cli([]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Usage: child-protection-pathway <command>');
  });

  it.each([
    [['frobnicate'], 'unknown command\n'],
    [['--frobnicate'], 'unknown option\n'],
    [['due', 'initialConference', '2026-01-05', '--frobnicate'], 'unknown option\n'],
    [['due', 'initialConference'], 'missing <date>'],
    [['due'], 'missing <timescale> <date>'],
    [['due', 'initialConference', '2026-01-05', 'extra'], '1 unexpected argument after <timescale> <date>'],
    [['due', 'initialConference', '2026-01-05', '--calendar'], 'option --calendar needs a value'],
    [['due', 'initialConference', '2026-01-05', '--json=yes'], 'option --json takes no value'],
    [['due', 'initialConference', '2026-01-05', '--calendar', 'wales'], '--calendar must be one of england-and-wales, scotland, northern-ireland'],
  ])('%j is a usage error, exit 2', (args, message) => {
    const result = cli(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr).toMatch(/Run 'child-protection-pathway( [a-z-]+)* --help' for usage\./);
    expect(hasStackTrace(result.stderr)).toBe(false);
  });
});
