import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { identifyOutlet } from '../../src/ingest/outlet.ts';
import { loadRegistries } from '../../src/registry/load.ts';
import { ROOT } from '../helpers/build-site.ts';
import { tempDir } from '../helpers/temp.ts';

/** A content folder with copies of the shipped registries. */
function contentFolder(): string {
  const dir = tempDir('dateline-registries-');
  for (const name of ['sources.yml', 'claimants.yml', 'places.yml']) cpSync(join(ROOT, 'content', name), join(dir, name));
  return dir;
}

describe('the registries', () => {
  test('read twice from unchanged files are the same registries, not parsed again', () => {
    const dir = contentFolder();
    const first = loadRegistries(dir);
    assert.equal(first.errors.length, 0);
    assert.equal(loadRegistries(dir).registries, first.registries);
  });

  test('are read again when a file changes', () => {
    const dir = contentFolder();
    const before = loadRegistries(dir).registries;
    const file = join(dir, 'sources.yml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n  - id: new-wire\n    name: New Wire\n`);
    const after = loadRegistries(dir).registries;
    assert.notEqual(after, before);
    assert.equal(after.sources.at(-1)?.name, 'New Wire');
  });

  test('name the file that cannot be parsed or read, and say why', () => {
    const dir = contentFolder();
    writeFileSync(join(dir, 'claimants.yml'), 'claimants: [unclosed\n');
    rmSync(join(dir, 'places.yml'));
    mkdirSync(join(dir, 'places.yml'));
    const { errors } = loadRegistries(dir);
    assert.deepEqual(
      errors.map((e) => [e.file, e.code]),
      [
        [join(dir, 'claimants.yml'), 'registry-yaml'],
        [join(dir, 'places.yml'), 'registry-yaml'],
      ],
    );
    assert.match(errors[1]?.message ?? '', /cannot read: .*EISDIR/);
  });

  test('missing files are empty registries', () => {
    const dir = tempDir('dateline-registries-');
    const { registries, errors } = loadRegistries(dir);
    assert.deepEqual(errors, []);
    assert.deepEqual([registries.sources, registries.claimants, registries.places], [[], [], []]);
  });

  test('read a pinned focus from dateline.yml, and places of their own from places.yml', () => {
    const dir = tempDir('dateline-registries-');
    writeFileSync(join(dir, 'dateline.yml'), 'focus: [UA]\n');
    writeFileSync(join(dir, 'places.yml'), 'places:\n  - name: Little Hollow\n    lat: 48.6\n    lon: 37.5\n    parent: Kramatorsk\n');
    const { registries, errors } = loadRegistries(dir);
    assert.deepEqual(errors, []);
    assert.deepEqual(registries.focus, ['UA']);
    assert.deepEqual(registries.places[0], { name: 'Little Hollow', aliases: [], lat: 48.6, lon: 37.5, parent: 'Kramatorsk' });
  });

  test("read a claimant's country, and name claimants.yml when it is not a country code", () => {
    const dir = tempDir('dateline-registries-');
    writeFileSync(join(dir, 'claimants.yml'), 'claimants:\n  - id: rescue\n    name: Rescue Service\n    country: NL\n');
    assert.deepEqual(loadRegistries(dir).registries.claimants[0], { id: 'rescue', name: 'Rescue Service', aliases: [], country: 'NL' });
    writeFileSync(join(dir, 'claimants.yml'), 'claimants:\n  - id: rescue\n    name: Rescue Service\n    country: Northland\n');
    const { errors } = loadRegistries(dir);
    assert.equal(errors.length, 1);
    assert.match(errors[0]?.file ?? '', /claimants\.yml$/);
    assert.match(errors[0]?.message ?? '', /ISO 3166-1/);
  });

  test('name dateline.yml when its focus is not a country code, and a place with lat but no lon', () => {
    const dir = tempDir('dateline-registries-');
    writeFileSync(join(dir, 'dateline.yml'), 'focus: [Ukraine]\n');
    writeFileSync(join(dir, 'places.yml'), 'places:\n  - name: Little Hollow\n    lat: 48.6\n');
    const { errors } = loadRegistries(dir);
    assert.equal(errors.length, 2);
    assert.match(errors[0]?.file ?? '', /places\.yml$/);
    assert.match(errors[0]?.message ?? '', /lat and lon/);
    assert.match(errors[1]?.file ?? '', /dateline\.yml$/);
    assert.match(errors[1]?.message ?? '', /ISO 3166-1/);
  });
});

describe('outlet patterns a user writes', () => {
  const sources = (patterns: string[]) => [{ id: 'wire', name: 'Wire', aliases: [], patterns }];

  test('run in linear time: patterns that backtrack for ever in V8 end at once on a long text', () => {
    // In a child process with a time limit: a backtracking engine would never return, and
    // the test must fail, not hang. V8 needs longer than the age of the universe here.
    const script = `
      import { identifyOutlet } from './src/ingest/outlet.ts';
      const text = 'a'.repeat(200000) + 'b\\n' + 'x '.repeat(100000);
      const found = ['(a+)+$', '^(a|a)*$', '(x+x+)+y', '^(\\\\w+\\\\s?)*!$'].map((p) => identifyOutlet([{ id: 'wire', name: 'Wire', aliases: [], patterns: [p] }], text));
      process.stdout.write(JSON.stringify(found));`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    assert.equal(run.signal, null, 'the patterns ran to the end within 30 s');
    assert.equal(run.stdout, '[null,null,null,null]', run.stderr);
  });

  test('match as before: multi-line, case-sensitive, the first match as evidence', () => {
    const raw = 'Front page\nRT (Russia Today) reports\nrt (russia today)\n';
    assert.equal(identifyOutlet(sources(['^RT \\(Russia Today\\)']), raw)?.evidence, 'text pattern: RT (Russia Today)');
    assert.equal(identifyOutlet(sources(['^Front page$']), raw)?.id, 'wire');
    assert.equal(identifyOutlet(sources(['^russia']), raw), null);
  });

  test('that RE2 cannot run are an error naming the file, the source and the pattern', () => {
    const dir = contentFolder();
    const file = join(dir, 'sources.yml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n  - id: new-wire\n    name: New Wire\n    patterns: ['(?<=NW)-', '(a)\\1', '[unclosed']\n`);
    const { errors } = loadRegistries(dir);
    assert.deepEqual(
      errors.map((e) => [e.file, e.code]),
      [
        [file, 'registry-pattern'],
        [file, 'registry-pattern'],
        [file, 'registry-pattern'],
      ],
    );
    assert.match(errors[0]?.message ?? '', /source "new-wire": pattern "\(\?<=NW\)-" is not a regular expression dateline can run/);
    assert.match(errors[0]?.hint ?? '', /RE2 syntax/);
  });

  test('the shipped ones all compile', () => {
    assert.deepEqual(loadRegistries(contentFolder()).errors, []);
  });
});
