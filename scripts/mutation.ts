/**
 * `npm run mutation [-- src/dates src/calendar ...] [-- --ignoreStatic]`: one Stryker run over
 * the folders named (all the folders of stryker.config.json when none are; one run shares the
 * first full test run between folders), its JSON report kept as
 * reports/mutation/<folders>.json; then the score per folder from every report kept there, so
 * folders run at different times add up. Options starting with -- go to Stryker.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { printScores } from './mutationScores.js';

const defaultFolders = ['src/dates', 'src/calendar', 'src/rules', 'src/pathway'];
const named = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const passed = process.argv.slice(2).filter((arg) => arg.startsWith('--'));
const folders = named.length > 0 ? named : defaultFolders;
mkdirSync('reports/mutation', { recursive: true });
rmSync('reports/mutation/mutation.json', { force: true });
const mutate = [...folders.map((folder) => `${folder}/**/*.ts`), '!src/**/*.generated.ts'].join(',');
const run = spawnSync('npx', ['stryker', 'run', '--mutate', mutate, ...passed], { stdio: 'inherit' });
if (existsSync('reports/mutation/mutation.json')) {
  copyFileSync('reports/mutation/mutation.json', `reports/mutation/${folders.map((folder) => folder.replaceAll('/', '-')).join('+')}.json`);
}
printScores('reports/mutation');
process.exitCode = run.status === 0 ? 0 : 1;
