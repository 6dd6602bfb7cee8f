import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateInAddress } from '../../src/ingest/address-date.ts';

const day = (url: string): string | null => dateInAddress(url)?.date ?? null;

test('reads the day a site files a story under as folders: /2017/03/26/, /2019/7/4/', () => {
  assert.equal(day('https://news.example.org/world/2017/03/26/shelling-goes-on/'), '2017-03-26');
  assert.equal(day('https://example.net/news/2019/7/4/talks-resume'), '2019-07-04');
});

test('reads a month written as a word between the year and the day: /2018/aug/09/', () => {
  assert.equal(day('https://paper.example.com/world/2018/aug/09/bridge-hit'), '2018-08-09');
});

test('reads the day as one run of digits: -20170326-, /20150102/, and before a time stamp', () => {
  assert.equal(day('https://example.org/story-20170326-shelling.html'), '2017-03-26');
  assert.equal(day('https://example.org/archive/20150102/item'), '2015-01-02');
  assert.equal(day('https://example.org/mideast/201612091048367280-army-advances/'), '2016-12-09');
});

test('says where the day came from', () => {
  assert.match(dateInAddress('https://example.org/2017/03/26/a')?.evidence ?? '', /address.*2017\/03\/26/);
});

test('reads no day from a month alone, a story number, the host or the query', () => {
  assert.equal(day('https://example.cn/page/202204/1258849.shtml'), null);
  assert.equal(day('https://agency.example/world/933842'), null);
  assert.equal(day('https://example.org/news/2003776277'), null);
  assert.equal(day('https://20170326.example.org/story'), null);
  assert.equal(day('https://example.org/story?date=2017-03-26'), null);
  assert.equal(day('https://example.org/2016/world/12/'), null);
});

test('reads no day that the calendar does not have: /2017/02/30/', () => {
  assert.equal(day('https://example.org/2017/02/30/story'), null);
  assert.equal(dateInAddress(undefined), null);
});
