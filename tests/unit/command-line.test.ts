import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readArguments } from '../../scripts/command-line.ts';

const CONFIG = { options: { out: { type: 'string' }, strict: { type: 'boolean', default: false } } } as const;
const USAGE = 'usage: tool [--out DIR] [--strict]';

describe('reading a command line', () => {
  test('known options are read', () => {
    const read = readArguments(CONFIG, USAGE, ['--out', 'site', '--strict']);
    assert.ok('arguments' in read);
    assert.deepEqual({ ...read.arguments.values }, { out: 'site', strict: true });
  });

  test('--help and -h ask for the usage, which is printed with exit code 0', () => {
    assert.deepEqual(readArguments(CONFIG, USAGE, ['--out', 'site', '--help']), { exitCode: 0, text: USAGE });
    assert.deepEqual(readArguments(CONFIG, USAGE, ['-h']), { exitCode: 0, text: USAGE });
  });

  test('--help after the -- that ends the options is an argument, not a request for the usage', () => {
    const read = readArguments({ ...CONFIG, allowPositionals: true }, USAGE, ['--', '--help']);
    assert.ok('arguments' in read);
    assert.deepEqual(read.arguments.positionals, ['--help']);
  });

  test('an unknown option is named in one line, followed by the usage, with exit code 2', () => {
    const read = readArguments(CONFIG, USAGE, ['--outt', 'site']);
    assert.ok('exitCode' in read);
    assert.equal(read.exitCode, 2);
    assert.match(read.text, /^error: Unknown option '--outt'/);
    assert.ok(read.text.endsWith(`\n${USAGE}`));
  });

  test('an option missing its value is named', () => {
    const read = readArguments(CONFIG, USAGE, ['--out']);
    assert.ok('exitCode' in read);
    assert.equal(read.exitCode, 2);
    assert.match(read.text, /^error: Option '--out <value>' argument missing/);
  });

  test('a value given to an option that takes none is named', () => {
    const read = readArguments(CONFIG, USAGE, ['--strict=yes']);
    assert.ok('exitCode' in read);
    assert.match(read.text, /^error: .*--strict/);
  });
});
