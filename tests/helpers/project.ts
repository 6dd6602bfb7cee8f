import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DataStepOptions } from '../../src/build-data.ts';
import { ROOT } from './build-site.ts';
import { tempDir } from './temp.ts';

const REGISTRIES = ['sources.yml', 'claimants.yml', 'places.yml'];

/** A copy of the shipped content (seeds and registries) in a temporary project, with its own cache folder. */
export function project(): DataStepOptions & { readonly articles: string[] } {
  const root = tempDir('dateline-cache-build-');
  const contentDir = join(root, 'content');
  cpSync(join(ROOT, 'content', 'articles'), join(contentDir, 'articles'), { recursive: true });
  for (const file of REGISTRIES) if (existsSync(join(ROOT, 'content', file))) cpSync(join(ROOT, 'content', file), join(contentDir, file));
  const articles = readdirSync(join(contentDir, 'articles'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  return { root, contentDir, articlesDir: join(contentDir, 'articles'), cacheDir: join(root, '.cache'), progress: 'off', validate: true, articles };
}
