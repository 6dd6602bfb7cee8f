import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { guardPath } from '../../scripts/dev-request-guard.ts';
import { isInside } from '../../src/inside-folder.ts';
import { tempDir } from '../helpers/temp.ts';

describe('the dev server request guard', () => {
  const base = tempDir('dateline-guard-');
  const root = join(base, 'site');
  mkdirSync(join(root, 'events', 'a b'), { recursive: true });
  mkdirSync(join(base, 'site-evil'));
  writeFileSync(join(base, 'site-evil', 'secret.txt'), 'secret');
  symlinkSync(join(base, 'site-evil'), join(root, 'escape'));

  test('a folder is inside itself and its children, not inside a sibling that starts with its name', () => {
    assert.ok(isInside('/srv/site', '/srv/site'));
    assert.ok(isInside('/srv/site', '/srv/site/a/b'));
    assert.ok(!isInside('/srv/site', '/srv/site-evil/secret.txt'));
    assert.ok(!isInside('/srv/site', '/srv'));
    assert.ok(isInside('/srv/site', '/srv/site/..x'), 'a name that starts with two dots is a name');
  });

  test('passes ordinary paths on, written the same way, with their query', () => {
    assert.deepEqual(guardPath(root, '/'), { ok: true, url: '/' });
    assert.deepEqual(guardPath(root, '/events/a%20b/?q=1'), { ok: true, url: '/events/a%20b/?q=1' });
    assert.deepEqual(guardPath(root, '/.11ty/reload-client.js'), { ok: true, url: '/.11ty/reload-client.js' });
    assert.deepEqual(guardPath(root, '/events/../data/timeline.json'), { ok: true, url: '/data/timeline.json' });
  });

  test('answers malformed paths with 400', () => {
    for (const url of ['/%ff', '/%E0%A4%A', '/..%2f', '/a%00b', '/..%5csecret', '*', 'http://x/y']) {
      const guarded = guardPath(root, url);
      assert.equal(guarded.ok ? 200 : guarded.status, 400, url);
    }
  });

  test('answers paths that lead out of the folder, by dots or by a link, with 404', () => {
    for (const url of ['/../site-evil/secret.txt', '/%2e%2e/site-evil/secret.txt', '/escape/secret.txt', '/events/../../x']) {
      const guarded = guardPath(root, url);
      assert.equal(guarded.ok ? 200 : guarded.status, 404, url);
    }
  });
});
