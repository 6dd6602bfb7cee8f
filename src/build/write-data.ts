import { mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { TimelineData } from '../model/schema.ts';
import { markOutputFolder } from '../output/output-folder.ts';
import { asDiagnostic } from '../report/attach.ts';
import { buildReport } from '../report/report-json.ts';
import { type ItemTexts, writeJsonForWeb } from '../report/safe-json.ts';
import type { DataFileMemory } from './data-file-memory.ts';

/**
 * Writes data/timeline.json and report.json into a site folder, each through a temporary
 * file renamed into place, and marks the folder as one dateline wrote. The build and the
 * dev server both write with it, so they serve the same bytes. With `files` (the dev server's,
 * with its `itemTexts`), the timeline is rewritten from its first change where this process
 * wrote it last (see DataFileMemory).
 * @example writeDataFiles('_site', data) // _site/data/timeline.json, _site/report.json
 */
export function writeDataFiles(dir: string, data: TimelineData, itemTexts?: ItemTexts, files?: DataFileMemory): void {
  mkdirSync(join(dir, 'data'), { recursive: true });
  markOutputFolder(dir);
  const timeline = join(dir, 'data', 'timeline.json');
  if (files) files.write(timeline, data, itemTexts ?? new WeakMap());
  else writeAtomically(timeline, data, itemTexts);
  writeAtomically(join(dir, 'report.json'), buildReport(data.diagnostics.map(asDiagnostic)));
}

/**
 * Gives a build folder the timeline `files` wrote into another (the dev server's second folder,
 * at its start), so that the next write into it goes in place instead of writing it whole.
 * @example copyDataFiles('.cache/dev/build-1', '.cache/dev/build-2', memory.dataFiles)
 */
export function copyDataFiles(from: string, to: string, files: DataFileMemory): void {
  files.copy(join(from, 'data', 'timeline.json'), join(to, 'data', 'timeline.json'));
}

function writeAtomically(file: string, value: unknown, itemTexts?: ItemTexts): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeJsonForWeb(temp, value, itemTexts ?? null);
  renameSync(temp, file);
}
