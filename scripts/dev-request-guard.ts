/**
 * What stands in front of the dev server's own request handling
 * (@11ty/eleventy-dev-server 2.x): it decodes a request's path with
 * `decodeURIComponent`, uncaught (`GET /%ff` stopped the whole dev loop), and checks
 * that a file is inside the served folder by the start of its name (`/..%2fsite-evil/x`
 * was served from a sibling folder `site-evil`). Any web page the user visits can send
 * such requests to 127.0.0.1. The guard answers a malformed path with 400 and a path
 * outside the folder with 404, and hands the server a path it has already decoded,
 * resolved and checked, written out again so that the server's one decode gives it back.
 */
import { relative, resolve, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isInside, isReallyInside } from '../src/inside-folder.ts';

/** A request path the server may serve, or the answer to give instead. */
export type GuardedPath = { readonly ok: true; readonly url: string } | { readonly ok: false; readonly status: 400 | 404; readonly reason: string };

/**
 * Checks a request's URL against the folder served (which may itself be a symbolic link).
 * @example guardPath('/srv/site', '/..%2fsite-evil%2fx') // { ok: false, status: 404, ... }
 * @example guardPath('/srv/site', '/events/a%20b/?q=1') // { ok: true, url: '/events/a%20b/?q=1' }
 */
export function guardPath(root: string, rawUrl: string): GuardedPath {
  const query = rawUrl.indexOf('?');
  const rawPath = query < 0 ? rawUrl : rawUrl.slice(0, query);
  const search = query < 0 ? '' : rawUrl.slice(query);
  if (!rawPath.startsWith('/')) return { ok: false, status: 400, reason: 'a path must start with /' };
  let segments: string[];
  try {
    segments = rawPath.split('/').map((s) => decodeURIComponent(s));
  } catch {
    return { ok: false, status: 400, reason: 'the path is not valid percent-encoded UTF-8' };
  }
  if (segments.some((s) => s.includes('\0') || s.includes('/') || s.includes('\\'))) {
    return { ok: false, status: 400, reason: 'a path segment holds a slash, a backslash or a NUL byte' };
  }
  // Resolved by segments here, so `..` can never climb out; then checked again on the disk,
  // where a link inside the folder could lead out of it.
  const file = resolve(root, `.${sep}${segments.join(sep)}`);
  if (!isInside(root, file) || !isReallyInside(root, file)) return { ok: false, status: 404, reason: 'outside the site' };
  const canonical = `/${relative(root, file).split(sep).filter(Boolean).map(encodeURIComponent).join('/')}`;
  const trailing = rawPath.endsWith('/') && canonical !== '/' ? '/' : '';
  return { ok: true, url: `${canonical}${trailing}${search}` };
}

/**
 * A middleware for @11ty/eleventy-dev-server (its `middleware` option): bad paths are
 * answered here; good ones go on, rewritten to the checked path.
 */
export function requestGuard(root: string): (req: IncomingMessage, res: ServerResponse, next: () => unknown) => unknown {
  return (req, res, next) => {
    const guarded = guardPath(root, req.url ?? '/');
    if (!guarded.ok) {
      res.writeHead(guarded.status, { 'content-type': 'text/plain; charset=utf-8' }).end(`${guarded.reason}\n`);
      return undefined;
    }
    req.url = guarded.url;
    return next();
  };
}
