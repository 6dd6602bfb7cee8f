/**
 * A small RFC 4180 CSV reader: quoted fields may hold commas, quotes ("") and
 * line breaks; lines may end in CRLF or LF; a leading BOM is dropped.
 */

export interface CsvTable {
  readonly rows: readonly (readonly string[])[];
  /** Where the text breaks the format (an unclosed quote), as a sentence; the rows read so far are kept. */
  readonly problem: string | null;
}

/**
 * Splits CSV text into rows of fields (the first row is usually the header).
 * @example parseCsv('a,b\n"1,2","say ""hi"""\n').rows // [['a', 'b'], ['1,2', 'say "hi"']]
 */
export function parseCsv(text: string, delimiter = ','): CsvTable {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  const endRow = (): void => {
    endField();
    // A blank line is no row (also the one after the last line end).
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === delimiter) endField();
    else if (c === '\n' || c === '\r') {
      endRow();
      line++;
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else field += c;
    i++;
  }
  if (quoted) return { rows, problem: `a quoted field opened on line ${quoteLine} is never closed` };
  if (field !== '' || row.length) endRow();
  return { rows, problem: null };
}

/**
 * The delimiter a CSV file most likely uses, judged from its first line: comma, semicolon or tab.
 * @example guessDelimiter('title\tbody\n') // '\t'
 */
export function guessDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  let best = ',';
  let most = 0;
  for (const d of [',', ';', '\t']) {
    const count = firstLine.split(d).length - 1;
    if (count > most) [best, most] = [d, count];
  }
  return best;
}
