import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertContract } from '../../src/build-data.ts';
import { fixtureTimeline } from '../browser/fixture-timeline.ts';

describe('the contract check', () => {
  test('passes data that keeps the contract', () => {
    assert.doesNotThrow(() => assertContract(fixtureTimeline()));
  });

  test('names the path where the data breaks it', () => {
    const data = fixtureTimeline();
    const broken = { ...data, events: [{ ...data.events[0]!, date: { ...data.events[0]!.date, precision: 'fortnight' } }] };
    assert.throws(() => assertContract(broken as unknown as typeof data), /breaks its contract at events\.0\.date\.precision/);
  });
});
