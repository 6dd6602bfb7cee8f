import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/build-site.ts';

/** Debian's Chromium; browser tests never download a browser of their own. */
export const CHROMIUM = '/usr/bin/chromium';
/** The flags a headless Chromium needs on a machine with no network but loopback. */
export const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');
/** Why the browser tests are skipped, or false when Chromium is there. */
export const skip = existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM} (install it with: apt-get install chromium); browser tests skipped`;
