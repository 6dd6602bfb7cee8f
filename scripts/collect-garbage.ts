/**
 * A full garbage collection on request, between the stages of a large build. V8 grows
 * the heap lazily while a stage allocates fast, so without it every Eleventy run of a
 * large site starts on top of the garbage of the runs before, and the build's peak
 * memory is their sum rather than the largest run. Works however the script was started
 * (with or without node's --expose-gc).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Collects garbage now (a few hundred milliseconds on a large heap: call it between stages, not in loops). */
export function collectGarbage(): void {
  gc();
}
