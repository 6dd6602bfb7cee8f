/** What a figure counts: the subject key that link groups and compares by, and the pages lay out in rows by. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { subjectOf } from '../../src/model/subject.ts';

describe('what a figure counts', () => {
  test('reads "31 cars equipped with heavy machine guns" and "31 vehicles" as the same subject', () => {
    assert.equal(subjectOf('destroyed', 'cars equipped with heavy machine guns'), subjectOf('destroyed', 'vehicles'));
  });
  test('reads tanks and vehicles as different subjects', () => {
    assert.notEqual(subjectOf('destroyed', 'tanks'), subjectOf('destroyed', 'vehicles'));
  });
  test('reads dead militants and dead soldiers as different subjects', () => {
    assert.notEqual(subjectOf('killed', 'Daesh jihadists'), subjectOf('killed', 'members of Syrian government forces'));
  });
  test('reads "11 tanks and infantry fighting vehicles" as tanks, not vehicles', () => {
    assert.equal(subjectOf('destroyed', 'tanks and infantry fighting vehicles'), subjectOf('destroyed', 'tanks'));
  });
  test('keeps the sides of a toll apart, and people who are no side with the figures that name none', () => {
    assert.equal(subjectOf('killed', 'Daesh militants'), 'killed:militants');
    assert.equal(subjectOf('injured', 'children'), 'injured:children');
    assert.equal(subjectOf('killed', 'people'), 'killed:people');
  });
  test('gives categories that count one kind of thing one subject, whatever the words', () => {
    assert.equal(subjectOf('displaced', 'families'), subjectOf('displaced', 'residents'));
    assert.equal(subjectOf('strikes', 'air raids'), 'strikes');
  });
});
