import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TimelineData } from '../../src/model/schema.ts';
import { tempDir } from './temp.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface BuiltSite {
  readonly out: string;
  readonly data: TimelineData;
  readonly log: string;
}

/** Builds the site with the real build script into a fresh temporary folder. */
export function buildSite(options: { content?: string; pathPrefix?: string; args?: string[] } = {}): BuiltSite {
  const out = tempDir('dateline-site-');
  const args = ['--import', 'tsx', 'scripts/build.ts', '--out', out, ...(options.args ?? [])];
  if (options.content) args.push('--content', options.content);
  if (options.pathPrefix) args.push('--pathprefix', options.pathPrefix);
  // DATELINE_VALIDATE: every test build checks its data against the contract.
  const log = execFileSync(process.execPath, args, {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DATELINE_VALIDATE: '1' },
  });
  const data = JSON.parse(readFileSync(join(out, 'data', 'timeline.json'), 'utf8')) as TimelineData;
  return { out, data, log };
}
