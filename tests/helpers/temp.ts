import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let root: string | undefined;

/**
 * A new empty folder for a test. Every folder a test file makes sits in one folder of its own,
 * removed when the test file's process ends, so a run of the tests leaves nothing behind.
 */
export function tempDir(prefix: string): string {
  if (root === undefined) {
    const made = mkdtempSync(join(tmpdir(), 'dateline-test-'));
    process.on('exit', () => {
      try {
        rmSync(made, { recursive: true, force: true });
      } catch {
        // A path longer than the system takes (the deep-folder tests make them): rm walks it folder by folder.
        spawnSync('rm', ['-rf', made]);
      }
    });
    root = made;
  }
  return mkdtempSync(join(root, prefix));
}
