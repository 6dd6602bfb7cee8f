/**
 * A small hand-made timeline (schema-valid) for tests of the site: three
 * outlets, a general who speaks for the Russian General Staff, places in and
 * off the map, a quiet month and two busy ones (December 2016, March 2017), and
 * article text that tries to inject markup and spreadsheet formulas.
 */
import { timelineSchema, type ArticleRecord, type ClaimRecord, type EventRecord, type TimelineData } from '../../src/model/schema.ts';

const ARTICLES = [
  {
    id: 'a1',
    source: 'arab-news',
    published: '2016-12-11',
    title: 'Russian onslaught forces Daesh out of Palmyra',
    body: 'MOSCOW: Russian warplanes carried out 64 air strikes on Palmyra overnight, Lt. Gen. Sergei Rudskoy said.\n\nMore than 300 militants were killed, he said. <script>alert("x")</script> and </p><b>bold</b> are text.',
  },
  {
    id: 'a2',
    source: 'rt',
    published: '2016-12-11',
    title: 'Syrian Army thwarts ISIS attack on Palmyra',
    body: 'The Russian General Staff said 64 strikes hit Palmyra. Rudskoy added that 300 fighters were killed near Palmyra.',
  },
  {
    id: 'a3',
    source: 'press-tv',
    published: '2017-03-02',
    title: 'Daesh pulls back from ancient city',
    body: '=HYPERLINK("http://evil.example") said the post. Syrian forces entered Palmyra; 1,000 militants were killed or injured, Rudskoy said.',
  },
  {
    id: 'a4',
    source: 'arab-news',
    published: '2016-12-14',
    title: 'Evacuation of eastern Aleppo',
    body: 'About 50,000 people left eastern Aleppo, the Syrian Observatory for Human Rights said. Talks in Moscow went on.',
  },
  {
    id: 'a5',
    source: 'rt',
    published: '2016-06-20',
    title: 'Strikes near Aleppo',
    body: 'Rudskoy said 20 strikes hit positions near Aleppo.',
  },
] as const;

const at = (body: string, needle: string): [number, number] => {
  const start = body.indexOf(needle);
  if (start < 0) throw new Error(`fixture: ${needle} not in body`);
  return [start, start + needle.length];
};

/** The fixture as validated timeline data. */
export function fixtureTimeline(): TimelineData {
  const claims: ClaimRecord[] = [];
  const claim = (
    id: string,
    article: string,
    needle: string,
    value: number,
    category: ClaimRecord['category'],
    what: string,
    claimant: string | null,
    place: string,
    date: [string, string],
    event: string,
    group: string | null,
  ): void => {
    const a = ARTICLES.find((x) => x.id === article)!;
    claims.push({
      id,
      article,
      value,
      qualifier: 'exact',
      category,
      what,
      claimant,
      place,
      date: { start: date[0], end: date[1], precision: date[0] === date[1] ? 'day' : 'days' },
      event,
      group,
      quote: a.body.split('\n\n').find((p) => p.includes(needle)) ?? a.body,
      span: at(a.body, needle),
      text: needle,
      vague: null,
      source: a.source,
      published: a.published,
    });
  };
  claim('a1-1', 'a1', '64', 64, 'strikes', 'air strikes', 'ru-general-staff', 'palmyra', ['2016-12-10', '2016-12-11'], 'e-palmyra-dec', 'g-strikes');
  claim('a1-2', 'a1', '300', 300, 'killed', 'militants', 'ru-general-staff', 'palmyra', ['2016-12-10', '2016-12-11'], 'e-palmyra-dec', 'g-killed');
  claim('a2-1', 'a2', '64', 64, 'strikes', 'strikes', 'ru-general-staff', 'palmyra', ['2016-12-10', '2016-12-11'], 'e-palmyra-dec', 'g-strikes');
  claim('a2-2', 'a2', '300', 300, 'killed', 'fighters', 'ru-general-staff', 'palmyra', ['2016-12-10', '2016-12-11'], 'e-palmyra-dec', 'g-killed');
  claim('a3-1', 'a3', '1,000', 1000, 'casualties', 'militants', 'ru-general-staff', 'palmyra', ['2017-03-02', '2017-03-02'], 'e-palmyra-mar', null);
  claim('a4-1', 'a4', '50,000', 50000, 'displaced', 'people', 'sohr', 'aleppo', ['2016-12-13', '2016-12-14'], 'e-aleppo-dec', null);
  claim('a5-1', 'a5', '20', 20, 'strikes', 'strikes', 'ru-general-staff', 'aleppo', ['2016-06-19', '2016-06-20'], 'e-aleppo-jun', null);
  // A quote that starts like a spreadsheet formula.
  claims.push({
    ...claims[4]!,
    id: 'a3-2',
    value: 1,
    category: 'other',
    what: 'post',
    claimant: null,
    group: null,
    quote: ARTICLES[2].body.slice(0, 52),
    span: [0, 1],
    text: '=',
  });

  const events: EventRecord[] = [
    {
      id: 'e-aleppo-jun',
      title: 'Strikes near Aleppo',
      date: { start: '2016-06-19', end: '2016-06-20', precision: 'days' },
      places: ['aleppo'],
      articles: ['a5'],
      claims: ['a5-1'],
      action: 'strikes',
      sources: ['rt'],
    },
    {
      id: 'e-palmyra-dec',
      title: 'Daesh driven out of Palmyra <em>again</em>',
      date: { start: '2016-12-10', end: '2016-12-11', precision: 'days' },
      places: ['palmyra'],
      articles: ['a1', 'a2'],
      claims: ['a1-1', 'a1-2', 'a2-1', 'a2-2'],
      action: 'withdrawal',
      sources: ['arab-news', 'rt'],
    },
    {
      id: 'e-aleppo-dec',
      title: 'Eastern Aleppo evacuated',
      date: { start: '2016-12-13', end: '2016-12-14', precision: 'days' },
      places: ['aleppo'],
      articles: ['a4'],
      claims: ['a4-1'],
      action: 'displacement',
      sources: ['arab-news'],
    },
    {
      id: 'e-homs-dec',
      title: 'Shelling in Homs',
      date: { start: '2016-12-20', end: '2016-12-20', precision: 'day' },
      places: ['homs'],
      articles: ['a4'],
      claims: [],
      action: 'strikes',
      sources: ['arab-news'],
    },
    {
      id: 'e-palmyra-mar',
      title: 'Syrian forces retake Palmyra',
      date: { start: '2017-03-02', end: '2017-03-02', precision: 'day' },
      places: ['palmyra'],
      articles: ['a3'],
      claims: ['a3-1', 'a3-2'],
      action: 'capture',
      sources: ['press-tv'],
    },
    {
      id: 'e-unplaced-mar',
      title: 'Talks on a truce',
      date: { start: '2017-03-01', end: '2017-03-31', precision: 'month' },
      places: [],
      articles: ['a3'],
      claims: [],
      action: 'other',
      sources: ['press-tv'],
    },
  ];
  const articles: ArticleRecord[] = ARTICLES.map((a) => ({
    id: a.id,
    // A file named as a saved page often is: one long word, which a phone must still fit in.
    file: a.id === 'a1' ? 'content/articles/000_81e78f0b521ea31c4d2a9e7b05c3f1d8e6a2b4c9.txt' : `content/articles/${a.id}.txt`,
    title: a.title,
    source: a.source,
    published: a.published,
    publishedInferred: false,
    places: a.id === 'a4' ? ['aleppo', 'moscow'] : a.id === 'a5' ? ['aleppo'] : ['palmyra'],
    events: events.filter((e) => e.articles.includes(a.id)).map((e) => e.id),
    url: null,
    language: 'eng',
    publishedEvidence: 'dateline',
    sourceEvidence: 'front matter',
    body: a.body,
    teasers: [],
    marks: claims
      .filter((c) => c.article === a.id && c.id !== 'a3-2')
      .map((c) => ({ kind: 'figure' as const, span: c.span, ref: c.id, title: `${c.value} ${c.what}` })),
    claims: claims.filter((c) => c.article === a.id).map((c) => c.id),
    warnings: [],
  }));
  const data: TimelineData = {
    articles,
    sources: [
      { id: 'arab-news', name: 'Arab News' },
      { id: 'rt', name: 'RT' },
      { id: 'press-tv', name: 'Press TV' },
    ],
    claimants: [
      { id: 'ru-general-staff', name: 'Sergei Rudskoy (Russian General Staff)', aliases: ['Rudskoy', 'Russian General Staff'] },
      { id: 'sohr', name: 'Syrian Observatory for Human Rights', aliases: ['SOHR'] },
    ],
    places: [
      { id: 'palmyra', name: 'Palmyra', admin1: 'Homs', country: 'SY', lat: 34.5624, lon: 38.284, kind: 'city' },
      { id: 'aleppo', name: 'Aleppo', admin1: 'Aleppo', country: 'SY', lat: 36.2012, lon: 37.1612, kind: 'city' },
      { id: 'homs', name: 'Homs', admin1: 'Homs', country: 'SY', lat: 34.7268, lon: 36.7234, kind: 'city' },
      { id: 'moscow', name: 'Moscow', admin1: 'Moscow', country: 'RU', lat: 55.7522, lon: 37.6156, kind: 'city' },
    ],
    events,
    claims,
    groups: [],
    disagreements: [],
    diagnostics: [],
  };
  return timelineSchema.parse(data);
}
