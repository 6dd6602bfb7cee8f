/**
 * Removes a folder in a detached process, so that the build that replaced it need not wait:
 * the previous output of a large site is thousands of folders, and deleting them took longer
 * than rendering the few pages an added article changes. Should the process be stopped, the
 * folder is left under its temporary name, which the next build's clean-up finds.
 */
import { spawn } from 'node:child_process';

/**
 * Starts removing `dir` (recursively) and returns at once.
 * @example removeLater('/site/._site.previous-123')
 */
export function removeLater(dir: string): void {
  const child = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', dir], {
    detached: true,
    stdio: 'ignore',
  });
  child.unref();
}
