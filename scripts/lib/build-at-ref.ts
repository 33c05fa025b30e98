import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, symlinkSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Builds the Chrome extension as it was at a git ref, in a scratch worktree under .cache/, and
 * returns the build folder. Lets a benchmark compare the same fixture, before and after, in one run.
 */
export function buildAtRef(ref: string): string {
  const dir = resolve('.cache/bench-before');
  if (existsSync(dir)) {
    execFileSync('git', ['worktree', 'remove', '--force', dir], { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  }
  execFileSync('git', ['worktree', 'add', '--detach', dir, ref], { stdio: 'ignore' });
  symlinkSync(resolve('node_modules'), `${dir}/node_modules`);
  execFileSync('npx', ['wxt', 'prepare'], { cwd: dir, stdio: 'ignore' });
  execFileSync('npx', ['wxt', 'build'], { cwd: dir, stdio: 'ignore' });
  return `${dir}/.output/chrome-mv3`;
}
