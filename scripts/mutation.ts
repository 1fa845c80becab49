/**
 * `npm run mutation [-- src/dates src/calendar ...]`: Stryker over the folders named (all the
 * folders of stryker.config.json when none are), one folder at a time (the machine is shared),
 * each folder's JSON report kept as reports/mutation/<folder>.json; then the score per folder.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { printScores } from './mutationScores.js';

const defaultFolders = ['src/dates', 'src/calendar', 'src/rules', 'src/pathway'];
const folders = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const passed = process.argv.slice(2).filter((arg) => arg.startsWith('--'));
mkdirSync('reports/mutation', { recursive: true });
let failed = false;
for (const folder of folders.length > 0 ? folders : defaultFolders) {
  const mutate = `${folder}/**/*.ts,!src/**/*.generated.ts`;
  const run = spawnSync('npx', ['stryker', 'run', '--mutate', mutate, ...passed], { stdio: 'inherit' });
  if (run.status !== 0 || !existsSync('reports/mutation/mutation.json')) {
    failed = true;
    continue;
  }
  copyFileSync('reports/mutation/mutation.json', `reports/mutation/${folder.replaceAll('/', '-')}.json`);
}
printScores('reports/mutation');
process.exitCode = failed ? 1 : 0;
