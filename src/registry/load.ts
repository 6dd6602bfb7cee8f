import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { leadsOutOf } from '../inside-folder.ts';
import type { Diagnostic, PlaceEntry, Registries } from '../model/types.ts';
import '../model/zod-messages.ts';
import { compileUserPattern } from './user-pattern.ts';

const ID = z.string().check(z.regex(/^[a-z0-9-]+$/, 'ids are lowercase letters, digits and dashes'));
const named = z.string().check(z.minLength(1));
/** A list of strings, empty when not given. */
const strings = z._default(z.array(z.string()), []);
const sourcesFile = z.object({
  sources: z.array(z.object({ id: ID, name: named, aliases: strings, patterns: strings })),
});
const claimantsFile = z.object({
  claimants: z.array(
    z.object({
      id: ID,
      name: named,
      aliases: strings,
      partOf: z.optional(z.string()),
      country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/, 'a country is its ISO 3166-1 alpha-2 code, e.g. SY'))),
    }),
  ),
});
const countryCode = z.string().check(z.regex(/^[A-Z]{2}$/, 'a country is its ISO 3166-1 alpha-2 code, e.g. UA'));
const placesFile = z.object({
  places: z._default(
    z.array(
      z
        .object({
          name: named,
          aliases: strings,
          // A place of its own, where the gazetteer has none: its coordinates, kind and the place it lies in.
          lat: z.optional(z.number().check(z.minimum(-90), z.maximum(90))),
          lon: z.optional(z.number().check(z.minimum(-180), z.maximum(180))),
          kind: z.optional(z.enum(['city', 'site', 'region', 'governorate'])),
          parent: z.optional(named),
          country: z.optional(countryCode),
        })
        .check(z.refine((p) => (p.lat === undefined) === (p.lon === undefined), 'give both lat and lon, or neither')),
    ),
    [],
  ),
  notPlaces: strings,
});
const datelineFile = z.object({
  /** Countries the collection is about, read in depth in every article. */
  focus: z._default(z.array(countryCode), []),
});

export interface LoadedRegistries {
  readonly registries: Registries;
  /** A registry that cannot be read stops the build: it is configuration, not data. */
  readonly errors: readonly Diagnostic[];
}

const FILES = ['sources.yml', 'claimants.yml', 'places.yml', 'dateline.yml'] as const;

/** A file's text, null when there is no such file, or the message of why it cannot be read. */
type FileText = string | null | { readonly unreadable: string };

/**
 * Registries kept by an earlier process, by the texts of the files they were loaded from
 * (src/cache/registries-cache.ts): only registries loaded without an error are kept.
 */
export interface RegistryStore {
  /** The registries loaded from these texts (in FILES order; null: no such file), or null when none are kept. */
  get(texts: readonly (string | null)[]): Registries | null;
  put(texts: readonly (string | null)[], registries: Registries): void;
}

/** The YAML parser, loaded on first use: a build whose registries come from a store never needs it. */
let yaml: typeof import('yaml') | null = null;
function parseYaml(text: string): unknown {
  yaml ??= createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return yaml.parse(text);
}

/**
 * The registries last read from each content folder, with the texts they were read from.
 * A long-running process (the dev server) parses them again only when a file changed, and
 * keeps the same registries object otherwise, so what the extractors compile from it (and
 * keep by that object) stays compiled.
 */
const lastRead = new Map<string, { readonly texts: readonly FileText[]; readonly loaded: LoadedRegistries }>();

/**
 * Reads the user-editable registries in the content folder (sources.yml,
 * claimants.yml, places.yml, dateline.yml). A missing file is an empty registry.
 * With a `store`, registries loaded before from the same texts are taken from it.
 * @example loadRegistries('content').registries.sources[0]?.name // 'Rasa News Agency'
 */
export function loadRegistries(contentDir: string, store?: RegistryStore): LoadedRegistries {
  const texts = FILES.map((name) => readText(contentDir, join(contentDir, name)));
  const last = lastRead.get(contentDir);
  if (last?.texts.every((text, i) => text === texts[i])) return last.loaded;
  const readable = texts.every((t) => typeof t === 'string' || t === null) ? (texts as readonly (string | null)[]) : null;
  const kept = readable && store ? store.get(readable) : null;
  const loaded = kept ? { registries: kept, errors: [] } : parseRegistries(contentDir, texts);
  if (readable && store && !kept && !loaded.errors.length) store.put(readable, loaded.registries);
  lastRead.set(contentDir, { texts, loaded });
  return loaded;
}

function parseRegistries(contentDir: string, [sourcesText, claimantsText, placesText, datelineText]: readonly FileText[]): LoadedRegistries {
  const errors: Diagnostic[] = [];
  const sources = readYaml(join(contentDir, 'sources.yml'), sourcesText ?? null, sourcesFile, { sources: [] }, errors).sources;
  const claimants = readYaml(join(contentDir, 'claimants.yml'), claimantsText ?? null, claimantsFile, { claimants: [] }, errors).claimants;
  const places = readYaml(join(contentDir, 'places.yml'), placesText ?? null, placesFile, { places: [], notPlaces: [] }, errors);
  const { focus } = readYaml(join(contentDir, 'dateline.yml'), datelineText ?? null, datelineFile, { focus: [] }, errors);
  for (const s of sources) {
    for (const p of s.patterns) {
      const compiled = compileUserPattern(p);
      if (compiled instanceof Error) {
        errors.push({
          file: join(contentDir, 'sources.yml'),
          severity: 'error',
          code: 'registry-pattern',
          message: `source "${s.id}": pattern ${JSON.stringify(p)} is not a regular expression dateline can run (${compiled.message})`,
          hint: 'fix or remove the pattern; patterns use RE2 syntax, which runs in linear time: no lookahead, lookbehind or back-references',
        });
      }
    }
  }
  return {
    registries: {
      sources: sources.map((s) => ({ id: s.id, name: s.name, aliases: s.aliases, patterns: s.patterns })),
      claimants: claimants.map((c) => ({
        id: c.id,
        name: c.name,
        aliases: c.aliases,
        ...(c.partOf ? { partOf: c.partOf } : {}),
        ...(c.country ? { country: c.country } : {}),
      })),
      places: places.places.map(placeEntry),
      notPlaces: places.notPlaces,
      ...(focus.length ? { focus } : {}),
    },
    errors,
  };
}

/** A places.yml entry without the fields it does not give (exact optional properties). */
function placeEntry(p: z.infer<typeof placesFile>['places'][number]): PlaceEntry {
  const { name, aliases, lat, lon, kind, parent, country } = p;
  return {
    name,
    aliases,
    ...(lat !== undefined && lon !== undefined ? { lat, lon } : {}),
    ...(kind ? { kind } : {}),
    ...(parent ? { parent } : {}),
    ...(country ? { country } : {}),
  };
}

/** A file's text, null when there is no such file, or the message of why it cannot be read. */
function readText(contentDir: string, file: string): string | null | { readonly unreadable: string } {
  // As for about.md and articles: a link out of the content folder is never followed.
  if (leadsOutOf(contentDir, file)) return { unreadable: 'it is a symbolic link to a file outside the content folder, which is never followed' };
  if (!existsSync(file)) return null;
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    return { unreadable: (e as Error).message };
  }
}

function readYaml<T>(file: string, text: FileText, schema: z.ZodMiniType<T>, empty: T, errors: Diagnostic[]): T {
  if (text === null) return empty;
  if (typeof text !== 'string') {
    errors.push({ file, severity: 'error', code: 'registry-yaml', message: `cannot read: ${text.unreadable}` });
    return empty;
  }
  let data: unknown;
  try {
    data = parseYaml(text);
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
