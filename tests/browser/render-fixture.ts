/** Renders the fixture timeline into a fresh temporary folder with the real site renderer. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSite } from '../../scripts/render-site.ts';
import { buildView } from '../../src/output/view/index.ts';
import type { TimelineData } from '../../src/model/schema.ts';
import { fixtureTimeline } from './fixture-timeline.ts';
import { tempDir } from '../helpers/temp.ts';

export async function renderFixture(pathPrefix: string): Promise<{ out: string; data: TimelineData }> {
  const out = tempDir('dateline-fixture-');
  const data = fixtureTimeline();
  mkdirSync(join(out, 'data'), { recursive: true });
  writeFileSync(join(out, 'data', 'timeline.json'), JSON.stringify(data));
  await renderSite({ view: buildView(data), out, pathPrefix });
  return { out, data };
}
