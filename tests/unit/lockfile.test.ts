import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../helpers/build-site.ts';

interface LockEntry {
  readonly version?: string;
  readonly optionalDependencies?: Record<string, string>;
}

// npm ci refuses a lock file that lacks an entry for any optional dependency. Pagefind's
// macOS, Windows and FreeBSD binaries are not in the registry this project installs from,
// so `npm install` leaves them out of the lock; they are listed by hand, gated by os and
// cpu, and never fetched on Linux. This test notices when an `npm install` drops them again.
test('the lock file lists every optional dependency, so that npm ci accepts it', () => {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const missing: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    for (const name of Object.keys(entry.optionalDependencies ?? {})) {
      const nested = `${path}/node_modules/${name}`;
      if (!lock.packages[nested] && !lock.packages[`node_modules/${name}`]) missing.push(`${name} (for ${path || 'the project'})`);
    }
  }
  assert.deepEqual(missing, []);
});
