/** country-state-city country row (only the fields used). */
export interface CountryRow {
  readonly isoCode: string;
  readonly name: string;
  readonly latitude: string | null;
  readonly longitude: string | null;
}

const PARENTHETICAL = /\s*\([^)]*\)\s*/g;

/**
 * The names a country is known by in the data: its name, and its name without
 * a parenthetical ("Cote D'Ivoire (Ivory Coast)" -> "Cote D'Ivoire").
 * @example countryNames({ isoCode: 'SY', name: 'Syria', latitude: '35', longitude: '38' }) // ['Syria']
 */
export function countryNames(row: CountryRow): string[] {
  const bare = row.name.replace(PARENTHETICAL, ' ').trim();
  return bare && bare !== row.name ? [row.name, bare] : [row.name];
}
