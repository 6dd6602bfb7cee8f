import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under a folder, as relative paths, with the sha256 of its bytes. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = join(dir, f);
    if (lstatSync(full).isFile()) out.set(f, createHash('sha256').update(readFileSync(full)).digest('hex'));
  }
  return out;
}
