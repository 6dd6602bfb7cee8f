/**
 * A full garbage collection on request, between the stages of a large build. V8 grows
 * the heap lazily while a stage allocates fast, so without it every Eleventy run of a
 * large site starts on top of the garbage of the runs before, and the build's peak
 * memory is their sum rather than the largest run. Works however the script was started
 * (with or without node's --expose-gc).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** V8's collector, once asked for. */
let gc: (() => void) | null = null;

/**
 * Collects garbage now (a few hundred milliseconds on a large heap: call it between stages, not in loops).
 * The flag that gives the collector is set only when first asked for: a V8 flag set while the code
 * runs changes the flags V8 keeps compiled code for (scripts/run-compiled.mjs).
 */
export function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
