import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Diagnostic, Registries } from '../model.ts';

const sourcesFile = z.object({
  sources: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lowercase letters, digits and dashes'),
      name: z.string().min(1),
      aliases: z.array(z.string()).default([]),
      patterns: z.array(z.string()).default([]),
    }),
  ),
});
const claimantsFile = z.object({
  claimants: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lowercase letters, digits and dashes'),
      name: z.string().min(1),
      aliases: z.array(z.string()).default([]),
      partOf: z.string().optional(),
    }),
  ),
});
const placesFile = z.object({
  places: z.array(z.object({ name: z.string().min(1), aliases: z.array(z.string()).default([]) })).default([]),
  notPlaces: z.array(z.string()).default([]),
});

export interface LoadedRegistries {
  readonly registries: Registries;
  /** A registry that cannot be read stops the build: it is configuration, not data. */
  readonly errors: readonly Diagnostic[];
}

/**
 * Reads the user-editable registries in the content folder (sources.yml,
 * claimants.yml, places.yml). A missing file is an empty registry.
 * @example loadRegistries('content').registries.sources[0]?.name // 'Rasa News Agency'
 */
export function loadRegistries(contentDir: string): LoadedRegistries {
  const errors: Diagnostic[] = [];
  const sources = readYaml(join(contentDir, 'sources.yml'), sourcesFile, { sources: [] }, errors).sources;
  const claimants = readYaml(join(contentDir, 'claimants.yml'), claimantsFile, { claimants: [] }, errors).claimants;
  const places = readYaml(join(contentDir, 'places.yml'), placesFile, { places: [], notPlaces: [] }, errors);
  for (const s of sources) {
    for (const p of s.patterns) {
      try {
        new RegExp(p, 'm');
      } catch (e) {
        errors.push({
          file: join(contentDir, 'sources.yml'),
          severity: 'error',
          code: 'registry-pattern',
          message: `source "${s.id}": pattern ${JSON.stringify(p)} is not a valid regular expression (${(e as Error).message})`,
          hint: 'fix or remove the pattern',
        });
      }
    }
  }
  return {
    registries: {
      sources: sources.map((s) => ({ id: s.id, name: s.name, aliases: s.aliases, patterns: s.patterns })),
      claimants: claimants.map((c) => ({ id: c.id, name: c.name, aliases: c.aliases, ...(c.partOf ? { partOf: c.partOf } : {}) })),
      places: places.places,
      notPlaces: places.notPlaces,
    },
    errors,
  };
}

function readYaml<T>(file: string, schema: z.ZodType<T>, empty: T, errors: Diagnostic[]): T {
  if (!existsSync(file)) return empty;
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, 'utf8'));
  } catch (e) {
    errors.push({ file, severity: 'error', code: 'registry-yaml', message: `cannot parse: ${(e as Error).message}` });
    return empty;
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    errors.push({
      file,
      severity: 'error',
      code: 'registry-schema',
      message: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
    });
    return empty;
  }
  return parsed.data;
}
