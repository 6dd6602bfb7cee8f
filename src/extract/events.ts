import type { ArticleClaim, ArticleEvent, ArticleFacts, DateMention, DateRange, Place, PlaceMention, Precision, Sentence } from '../model/types.ts';
import { daysBetween, shiftDays } from '../lexicon/calendar.ts';
import { clauseTailStart } from './clause-tail.ts';
import { datesEarlierHappening, followsHappening, hadPartIn, LEAD_SENTENCES, leadDate, leadPlace, tolledHappening } from './lead.ts';
import { groupBy } from '../group-by.ts';

/** Kinds of action, first match wins; each is one named expression. */
export const ACTIONS: readonly (readonly [string, RegExp])[] = [
  ['withdrawal', /\b(?:withdr[ae]w\w*|pull(?:ed|s|ing)? (?:back|out)|forced? [^.]{0,30}\bout of|retreat\w*|ousted|driven (?:out|away)|expelled)\b/i],
  // Not an aim ("an offensive to retake the town"), unless it was reached ("managed to retake").
  [
    'capture',
    /(?<!(?<!\b(?:managed|able))\sto\s)\b(?:recaptur\w+|retak\w+|retook|liberat\w+|seiz\w+|captur\w+|took control|fell|purged|regain\w*|re-?enter\w*|storm\w*)\b/i,
  ],
  ['bombing', /\b(?:blasts?|explosions?|suicide|car bomb\w*|bomb attacks?|IED)\b/i],
  ['strikes', /\b(?:(?:air ?|missile |drone |rocket )?strikes?|air ?raids?|raids?|sorties|bombard\w+|bombing|bombed|shell(?:ing|ed)|missiles?)\b/i],
  ['attack', /\b(?:attack\w*|offensive|assault\w*|ambush\w*|massacre\w*)\b/i],
  ['fighting', /\b(?:clash\w*|fighting|battles?|combat)\b/i],
  // "a camp for displaced people", "the internally displaced", "a refugee camp" name people and where they live, not their flight;
  // "killed while trying to flee", "as they fled": who the dead were.
  [
    'evacuation',
    /\b(?:evacuat\w+|(?<!\b(?:while|as\s+they|as\s+they\s+were|(?:trying|attempting|tried|attempted)\s+to)\s)(?:fled|flee\w*|escaped)|(?<!\b(?:for|of|the|internally)\s)displaced(?!\s+(?:people|persons|families|civilians|residents|camps?|sites?)\b)|refugees?(?!\s+camps?\b))\b/i,
  ],
  ['toll', /\b(?:killed|killings?|execut(?:ed|ions?)|dead|death toll|casualt\w+|wounded|injured|toll)\b/i],
  ['agreement', /\b(?:agreement|ceasefire|cease-fire|truce|deal|talks)\b/i],
];
export const ACTION_LABELS: Readonly<Record<string, string>> = {
  withdrawal: 'Withdrawal',
  capture: 'Change of control',
  bombing: 'Bombing',
  strikes: 'Strikes',
  attack: 'Attack',
  fighting: 'Fighting',
  evacuation: 'Evacuation',
  toll: 'Casualties',
  agreement: 'Agreement',
  report: 'Report',
};

/** A date this many days before publication is news; older is background. */
const NEWS_WINDOW_DAYS = 10;
/** Days after the page's own on which what it tells may still have happened (another time zone, a page dated late). */
const DAYS_AHEAD = 2;
/**
 * A happening the article dates to its own day at least this many days before the day of its
 * news is one of its own ("On April 4 an attack killed 80", in a report of a briefing a week
 * later; "strikes on Thursday night killed 14", in a Saturday report of that day's strikes).
 * The day before is still the story of the day ("killed on Friday", reported on Saturday).
 */
const EARLIER_HAPPENING_DAYS = 2;
/** An earlier day dates a happening of its own only when its sentence tells of one of these (not talks, nor a statement). */
const HAPPENINGS: ReadonlySet<string> = new Set(['withdrawal', 'capture', 'bombing', 'strikes', 'attack', 'fighting', 'toll']);
const SPECIFIC: ReadonlySet<Place['kind']> = new Set(['city', 'site', 'governorate', 'region']);

export type EventInputs = Pick<ArticleFacts, 'dates' | 'places' | 'placeRanking' | 'claims'> & {
  readonly sentences: readonly Sentence[];
  readonly title: string;
  /** Places the headline names (their spans point into the title). */
  readonly titlePlaces?: readonly PlaceMention[];
  readonly reference: string | null;
};

/**
 * What happened in the article: its main event first (what the headline and lead report:
 * their place, and the day their action is dated by), then background events (a specific
 * place with a date well before publication: "liberated in March 2016"). With no date to
 * go by, the main event is undated: linking may date it by the event it joins.
 * @example findArticleEvents(inputs)[0]?.date // { start: '2016-12-10', end: '2016-12-11', precision: 'days' }
 */
export function findArticleEvents(inputs: EventInputs): ArticleEvent[] {
  const { sentences, dates, reference } = inputs;
  // The main place may stand only in the headline ("Northland says ...").
  const placeById = new Map([...(inputs.titlePlaces ?? []), ...inputs.places].map((p) => [p.place.id, p.place]));
  const ranked = inputs.placeRanking.map((id) => placeById.get(id)).filter((p): p is Place => !!p);
  // A place ranked behind the countries is named only as the scene of another war (rank.ts): no place of the news.
  const firstCountry = ranked.findIndex((p) => p.kind === 'country');
  const specific = ranked.filter((p, i) => SPECIFIC.has(p.kind) && (firstCountry < 0 || i < firstCountry)).map((p) => p.id);
  const headline = { text: inputs.title, mentions: inputs.titlePlaces ?? [] };
  const newsFrom = reference ? shiftDays(reference, -NEWS_WINDOW_DAYS) : '';
  const isNews = (d: DateMention): boolean => !reference || (d.range.end >= newsFrom && d.range.start <= reference);
  // Days ahead of the page's own (a deadline, a plan) are not when its news happened; a day or two is another time zone.
  const newsTo = reference ? shiftDays(reference, DAYS_AHEAD) : '';
  const notAhead = (d: DateMention): boolean => !reference || d.range.start <= newsTo;
  // A date where a period began ("since the conflict began in March 2011") dates no event, nor how the war began.
  const periodStarts = dates.filter((d) => startsAPeriod(sentences[d.sentence], d));
  const dating = dates.filter((d) => !periodStarts.includes(d) && !beganTheWar(sentences[d.sentence], d) && !scopeOfSuperlative(sentences[d.sentence], d));
  // The lead's date of what happened; an older one only where it dates the happening itself
  // ("the 8 April strike", in a report of the findings months later).
  const leadDay = leadDate(
    sentences,
    dating,
    (d, weight) =>
      notAhead(d) &&
      (isNews(d) ||
        (weight > 0 && !followsHappening(sentences[d.sentence], d) && !hadPartIn(sentences[d.sentence], d) && !opensCampaign(sentences[d.sentence], d))) &&
      !datesEarlierHappening(sentences[d.sentence], d) &&
      !afterSince(sentences[d.sentence], d),
    (d) => (isNews(d) ? 1 : 0),
  );
  // "Death toll in airstrikes on X rises to 171": the news is the toll of the strike the text dates.
  const lead = (leadDay && tolledHappening(inputs.title, sentences, dating, leadDay, NEWS_WINDOW_DAYS)) ?? leadDay;
  // The lead's place: where its happening is, not where one its clause dates to another day was.
  const mainId = leadPlace(sentences, inputs.places, specific, headline, lead ? { dates: dating, range: lead.range } : null);
  const mainPlace = (mainId ? placeById.get(mainId) : undefined) ?? ranked[0] ?? null;
  const mainDate: DateRange | null = lead?.range ?? (reference ? { start: reference, end: reference, precision: 'day' } : null);
  if (!mainDate && sentences.length === 0) return [];

  const background = reference ? backgroundEvents(inputs, dating, reference, mainDate) : [];
  const claimed = new Set<number>();
  for (const ev of background) for (const c of ev.claims) claimed.add(c);
  // A figure the text dates long before its news ("since 2015 the conflict has claimed 20,000 lives") is no figure of the news
  // (of the news's own day: a report of findings months later tells of the strike it dates).
  const oldFrom = mainDate ? shiftDays(mainDate.start, -NEWS_WINDOW_DAYS * 3) : '';
  const mainClaims = inputs.claims
    .map((_, i) => i)
    .filter((i) => {
      const c = inputs.claims[i]!;
      return (
        !claimed.has(i) &&
        !(c.date && c.date.end < oldFrom) &&
        !isWarTotal(sentences[c.figure.sentence], c.figure.span) &&
        !countedSinceLongBefore(c, periodStarts, oldFrom) &&
        !SEPARATE_HAPPENING.test(sentences[c.figure.sentence]?.text ?? '') &&
        !earlierElsewhere(c, sentences, lead?.sentence ?? 0, mainPlace)
      );
    });
  const leadText = [inputs.title, ...sentences.slice(0, LEAD_SENTENCES).map((s) => s.text)].join(' ');
  const main: ArticleEvent = {
    title: inputs.title,
    date: mainDate,
    places: mainPlace ? [mainPlace] : [],
    // The headline says what the report is about; the lead, where the headline does not.
    action: actionOf(inputs.title, null) ?? actionOf(leadText),
    claims: mainClaims,
    background: false,
    sentence: lead?.sentence ?? 0,
  };
  return [main, ...background];
}

/**
 * A sentence that tells of another happening than the news: "In a separate incident, 10 members of one
 * family were killed", "In another attack, ...". Its figures are not the news's (they are no rival version
 * of its toll). ("Elsewhere" and "Separately" may open another source's word on the same news: "Elsewhere,
 * the Red Cross said ...".)
 */
const SEPARATE_HAPPENING =
  /^\W*in\s+(?:(?:a\s+|another\s+)?(?:separate|unrelated)\s+(?:incident|attack|strike|raid|bombing|shelling)s?|another\s+(?:incident|attack|strike|raid|bombing))\b/i;

/** A sentence opening on a time before the news's: "Last week, ...", "Earlier this month, ...", "Two days ago, ...". */
const EARLIER_OPENING =
  /^\W*(?:last\s+(?:week|month)|earlier\s+(?:this|last)\s+(?:week|month)|the\s+(?:previous|preceding)\s+(?:week|month)|(?:a|one|two|three|four|five|several)\s+(?:days|weeks)\s+(?:ago|earlier|before))\b/i;

/**
 * "Last week, about 70 people were killed in an attack on a hospital in Eastmoor": after the lead, a
 * sentence that opens on an earlier time and puts its figure in another place than the news's tells of
 * another happening; its figures are no version of the news's toll.
 */
function earlierElsewhere(c: ArticleClaim, sentences: readonly Sentence[], leadSentence: number, mainPlace: Place | null): boolean {
  const s = c.figure.sentence;
  if (s <= leadSentence || !c.place || !mainPlace || c.place.id === mainPlace.id) return false;
  return opensOnEarlierTime(sentences[s]);
}

/**
 * Whether a sentence opens on a time before the news's ("Last week, ...", "Two days ago, ..."): after the
 * first sentence, it tells of an earlier happening.
 * @example opensOnEarlierTime(sentence('Last week, 70 people were killed in Eastmoor.')) // true
 */
export function opensOnEarlierTime(sentence: Sentence | undefined): boolean {
  return sentence !== undefined && EARLIER_OPENING.test(sentence.text);
}

/**
 * Before a figure in its clause: the war as a whole has killed it ("Israel's offensive has killed over 36,700", "the conflict has claimed
 * 20,000 lives", "this devastating conflict which it says has killed 377,000 people").
 */
const WAR_HAS_KILLED =
  /\b(?:war|conflict|offensive|campaign|invasion|insurgency|civil\s+war)(?:\s+(?:in|on|against)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?(?:\s*,?\s+(?:which|that)\s+(?:[\p{L}]+\s+){0,3}?|\s+)(?:has|have|had)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:killed|claimed|left)\s+(?:the\s+lives\s+of\s+)?(?:[\p{L}\p{N},]+\s+){0,3}$/iu;
/**
 * After a figure in its clause: counted over the whole war ("37,000 Palestinians ... have been killed in the war",
 * "2,400 people have been killed in Mariupol since the start of the war").
 */
const KILLED_IN_THE_WAR =
  /^[^.;:]{0,80}?\b(?:killed|died|dead|lost)\s+(?:in\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+)?(?:(?:in|during|since\s+the\s+(?:start|beginning|outbreak)\s+of)\s+the\s+(?:civil\s+)?(?:war|conflict|invasion)\b|since\s+the\s+(?:war|conflict|invasion|fighting)\s+(?:began|started|broke\s+out|erupted))/u;
/** Before a figure: the toll of a whole territory, as news idiom gives it ("as the death toll in the enclave surged past 30,000"). */
const TERRITORY_TOLL =
  /\bdeath\s+toll\s+in\s+the\s+(?:enclave|territory|strip|country)\s+(?:has\s+|had\s+)?(?:now\s+)?(?:surged|rose|risen|climbed|reached|passed|topped|exceeded|stands|stood|is|was)\s+(?:past\s+|to\s+|at\s+)?(?:more\s+than\s+|over\s+|nearly\s+|about\s+)?$/iu;
/** How far before a figure the war as its subject is looked for. */
const WAR_TOTAL_REACH = 90;

/**
 * A running total of the whole war, told beside the news: "the offensive has killed over 36,700 people",
 * "Israel's offensive on the Gaza Strip, which has killed more than 41,200 people",
 * "the more than 37,000 that the authorities estimate have been killed in the war". No figure of the day's event.
 * @example isWarTotal(sentence("Israel's offensive has killed over 36,700 Palestinians."), spanOf36700) // true
 */
function isWarTotal(sentence: Sentence | undefined, span: readonly [number, number]): boolean {
  if (!sentence) return false;
  const at = span[0] - sentence.span[0];
  const end = span[1] - sentence.span[0];
  const before = sentence.text.slice(Math.max(0, at - WAR_TOTAL_REACH), Math.max(0, at));
  return WAR_HAS_KILLED.test(before) || TERRITORY_TOLL.test(before) || KILLED_IN_THE_WAR.test(sentence.text.slice(end));
}

/**
 * A count run from long before the news: "more than 300,000 have been killed since March 2011",
 * in a report of a strike. The war's count, not the event's; a count since a campaign's first days
 * ("346 killed since the offensive began on Tuesday") is the campaign's news.
 */
function countedSinceLongBefore(c: ArticleClaim, periodStarts: readonly DateMention[], oldFrom: string): boolean {
  const run = c.date;
  return run !== null && run.start < oldFrom && periodStarts.some((d) => d.sentence === c.figure.sentence && d.range.start === run.start);
}

/**
 * The happenings the article tells of besides its news: those it dates well before publication
 * ("liberated in March 2016"), and those it dates to a day of their own some days before its
 * news (`earlierHappening`).
 */
function backgroundEvents(inputs: EventInputs, dating: readonly DateMention[], reference: string, mainDate: DateRange | null): ArticleEvent[] {
  const cutoff = shiftDays(reference, -NEWS_WINDOW_DAYS * 3);
  // The news is of the day of publication at the latest, whatever the lead's date says.
  const news = mainDate && mainDate.start > reference ? { start: reference, end: reference, precision: 'day' as const } : mainDate;
  const out = new Map<string, ArticleEvent>();
  // Filed by sentence once: a scan of every place and figure per date is quadratic in a page of many dates.
  const placesOf = groupBy(
    inputs.places.filter((p) => SPECIFIC.has(p.place.kind)),
    (p) => p.sentence,
  );
  const claimsOf = groupBy(
    inputs.claims.map((c, i) => [c, i] as const),
    ([c]) => c.figure.sentence,
  );
  for (const d of dating) {
    const old = d.range.end < cutoff;
    if (!old && !(news && isEarlierDay(d, news))) continue;
    // "a commander linked to the October 7 attack", "in retaliation for an attack on Oct. 7": a happening told as
    // someone's past or as what the news answered, without its own place (the places near it are the news's).
    const sentence = inputs.sentences[d.sentence];
    if (hadPartIn(sentence, d) || followsHappening(sentence, d)) continue;
    const here = placesOf.get(d.sentence) ?? [];
    // An earlier day is where the sentence puts it ("... fired at Jazan the previous day"), the place nearest it.
    const place = (old ? here[0] : nearest(here, d))?.place;
    if (!place) continue;
    const key = `${place.id}|${old ? d.range.start.slice(0, 7) : d.range.start}`;
    if (out.has(key)) continue;
    const text = inputs.sentences[d.sentence]?.text ?? '';
    const action = actionOf(text);
    // An old date takes the sentence's figures of old; an earlier day, those of that very day. A running total
    // of the war is neither ("the offensive, which has killed 41,200 people, following an attack on Oct. 7").
    const claims = (claimsOf.get(d.sentence) ?? [])
      .filter(([c]) => c.date && (old ? c.date.end < cutoff : c.date.start >= d.range.start && c.date.end <= d.range.end))
      .filter(([c]) => !isWarTotal(inputs.sentences[c.figure.sentence], c.figure.span))
      .map(([, i]) => i);
    // Without figures, only a happening makes an event of its own: "forcing the president to flee the capital" in
    // the history a report closes on is no evacuation, "the talks of March 2016" no event.
    if (claims.length === 0 && !HAPPENINGS.has(action)) continue;
    out.set(key, {
      title: `${ACTION_LABELS[action] ?? 'Events'} in ${place.name}`,
      date: d.range,
      places: [place],
      action,
      claims,
      background: true,
      sentence: d.sentence,
    });
  }
  return [...out.values()];
}

/** The place mention nearest a date in its sentence (the first on a tie), or undefined. */
function nearest(places: readonly PlaceMention[], d: DateMention): PlaceMention | undefined {
  let best: PlaceMention | undefined;
  let bestGap = Infinity;
  for (const p of places) {
    const gap = p.span[1] <= d.span[0] ? d.span[0] - p.span[1] : p.span[0] - d.span[1];
    if (gap < bestGap) [best, bestGap] = [p, gap];
  }
  return best;
}

/**
 * A date that names a day (or two) of its own, ending some days before the news's day.
 * @example isEarlierDay(onApril4, { start: '2017-04-11', end: '2017-04-11', precision: 'day' }) // true
 */
function isEarlierDay(d: DateMention, news: DateRange): boolean {
  const fine = d.range.precision === 'day' || (d.range.precision === 'days' && daysBetween(d.range.start, d.range.end) < EARLIER_HAPPENING_DAYS);
  return fine && daysBetween(d.range.end, news.start) >= EARLIER_HAPPENING_DAYS;
}

/** Words "since" may stand in front of a date through, in the same clause. */
const SINCE_REACH = 12;
/** "since", and the rest of the clause after it. */
const SINCE_REST = /\bsince\b([\s\S]*)$/i;

/** A period a superlative is measured over: "the deadliest attack on civilians this year", "the worst shelling this month", "one of the deadliest in recent weeks". */
const SCOPE_DATE = /^(?:(?:this|last|the\s+past)\s+(?:year|month|week)|(?:in\s+)?(?:recent|the\s+past(?:\s+few)?)\s+(?:days|weeks|months)|(?:19|20)\d\d)$/i;
/** A superlative before it in its clause: "deadliest", "worst", "largest", "most intense". */
const SUPERLATIVE_BEFORE = /\b(?:[a-z]{3,}iest|deadliest|worst|largest|biggest|heaviest|bloodiest|fiercest|most\s+(?!of\b)[a-z]+)\b[^.;:!?]{0,60}$/i;

/**
 * True when the date is the span a superlative is measured over ("Russia's deadliest attack on
 * civilians this year"): it dates no happening; the happening's own day is elsewhere.
 * @example scopeOfSuperlative(sentence('It was the deadliest attack this year.'), thisYear) // true
 */
export function scopeOfSuperlative(sentence: Sentence | undefined, d: DateMention): boolean {
  if (!sentence || !SCOPE_DATE.test(d.text)) return false;
  const at = d.span[0] - sentence.span[0];
  return SUPERLATIVE_BEFORE.test(sentence.text.slice(Math.max(0, at - 80), Math.max(0, at)));
}

/**
 * True when "since" stands before the date in its clause: "the most in a single attack since the army
 * seized power in February last year". What began the time counted since is before the news, never its day.
 * @example afterSince(sentence('The worst attack since the army seized power in February 2021.'), mentionOfFebruary) // true
 */
export function afterSince(sentence: Sentence | undefined, d: DateMention): boolean {
  return sinceBefore(sentence, d) !== null;
}

/** The words between "since" and the date, in the date's clause; null when no "since" stands there. */
function sinceBefore(sentence: Sentence | undefined, d: DateMention): string | null {
  if (!sentence) return null;
  const end = Math.max(0, d.span[0] - sentence.span[0]);
  return SINCE_REST.exec(sentence.text.slice(clauseTailStart(sentence.text, end, SINCE_REACH), end))?.[1] ?? null;
}

/**
 * True when the date is where a period still running began: "since 2011", "since the
 * onset of the war in 2011". Such a date dates no happening of its own. "Since the army
 * captured the city in March 2016" tells of one (a capture), so it is not such a date.
 * @example startsAPeriod(sentence('Fighting has gone on since the war began in 2011.'), mentionOf2011) // true
 */
export function startsAPeriod(sentence: Sentence | undefined, d: DateMention): boolean {
  const since = sinceBefore(sentence, d);
  // The words after "since" as lastWordsOfClause joins them: one space between words.
  return since !== null && !ACTIONS.some(([, re]) => re.test(since.trim().split(/\s+/).join(' ')));
}

/** A sentence that tells how the war began: "militants triggered the war when they stormed ...", "the conflict erupted in 2011". */
const WAR_BEGAN =
  /\b(?:(?:triggered|sparked|started|began|launched|ignited)\s+(?:the|this)\s+(?:current\s+|ongoing\s+)?(?:war|conflict)\b|(?:war|conflict)\s+(?:began|started|erupted|broke\s+out)\b)/i;

/** How far before a date the words that tell how the war began are read. */
const WAR_BEGAN_REACH = 160;
/**
 * Just before a date, a clause that says when a campaign the story is part of began: "in an
 * offensive that began in January", "the siege, which started on 3 May". The campaign is told
 * of as a whole; its first day dates none of the news (a report of its first day says "the army
 * launched an offensive on Monday").
 */
const CAMPAIGN_BEGAN_BEFORE =
  /\b(?:offensive|campaign|operation|siege|uprising|insurgency|incursion|invasion|war|conflict)\s*,?\s+(?:that|which)\s+(?:[\p{L}]+\s+)?(?:began|started|was\s+launched|erupted|broke\s+out)\s+(?:[\p{L}\p{N},]+\s+){0,2}$/iu;
/**
 * Just before a date written with its year, a campaign named with its first day: "the full-scale
 * invasion launched in February 2022", "before Russia launched its invasion of Ukraine in February
 * 2022". (With a weekday, "an offensive launched on Monday" is news.)
 */
const CAMPAIGN_LAUNCHED_BEFORE =
  /\b(?:(?:invasion|offensive|campaign|operation|incursion|siege|war)\s+(?:launched|begun|started)|(?:launched|began|started|mounted)\s+(?:its|their|the|a|an)\s+(?:full-scale\s+|all-out\s+)?(?:invasion|offensive|campaign|operation|incursion|war)(?:\s+(?:of|on|against)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?)\s+(?:in|on)\s+$/iu;
const WITH_YEAR = /\b\d{4}\b/;
/**
 * Just before a month or more back, a campaign launched since when the time is counted: "the highest
 * toll since eastern forces launched a ground and aerial offensive three months ago". (A day, "since
 * the army launched its offensive on Monday", may date the news itself.)
 */
const SINCE_CAMPAIGN_LAUNCHED =
  /\bsince\s+(?:[\p{L}'’-]+\s+){0,8}?(?:launched|began|started|mounted|opened)\s+(?:a|an|the|its|their)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:offensive|campaign|operation|invasion|incursion|siege|war|assault)\s+$/iu;
/** Precisions of a month or more: a campaign's start, not a day's news. */
const MONTH_OR_MORE: ReadonlySet<Precision> = new Set<Precision>(['month', 'season', 'year']);
/** Just before a date, the attack a war was set off by: "the 8-month-old war ignited by the Front's Oct. 7 attack". */
const WAR_SET_OFF_BY =
  /\b(?:war|conflict|offensive|campaign|invasion|hostilities)\s+(?:(?:that|which)\s+was\s+)?(?:ignited|triggered|sparked|started|set\s+off|prompted|provoked)\s+by\s+(?:[\p{L}'’.-]+\s+){0,3}$/iu;
/**
 * Just after a date set before its clause, the clause says a campaign began then: "On 4 April, the
 * rebels' troops began an assault to take the capital". Long before the news, that is where a campaign's
 * time starts, not the news's day (on the news's own day, "On Monday, the army launched an offensive" is news).
 */
const CAMPAIGN_OPENED_AFTER =
  /^\s*,?\s*(?:[\p{L}'’.-]+\s+){0,6}?(?:began|launched|started|mounted|opened)\s+(?:a|an|the|its|their)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:offensive|campaign|operation|invasion|incursion|siege|war|assault)\b/iu;
/** How far after a date its clause is read for a campaign opened. */
const CAMPAIGN_OPENED_REACH = 120;

/**
 * True when the clause right after the date tells that a campaign began on it (see CAMPAIGN_OPENED_AFTER).
 * @example opensCampaign(sentence('On 4 April, the troops began an assault on the capital.'), mentionOf4April) // true
 */
export function opensCampaign(sentence: Sentence | undefined, d: DateMention): boolean {
  if (!sentence) return false;
  const at = d.span[1] - sentence.span[0];
  return CAMPAIGN_OPENED_AFTER.test(sentence.text.slice(at, at + CAMPAIGN_OPENED_REACH));
}

/** A word one of the readings of a war's or a campaign's start needs (a quick test before them). */
const CAMPAIGN_WORD = /offensive|campaign|operation|siege|uprising|insurgency|incursion|invasion|war|conflict|hostilities/i;
/** Just before a date, the start of the war or a campaign named as such: "after the start of military operations in the Gaza Strip in". */
const CAMPAIGN_START_BEFORE =
  /\b(?:start|beginning|onset|outbreak|launch)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:war|conflict|operations?|offensive|campaign|hostilities|invasion|uprising|insurgency)\s+(?:[\p{L}\p{N}'’-]+\s+){0,6}$/iu;

/**
 * True when the sentence tells how the war or conflict the story is part of began, or the date
 * closes a clause that says when a campaign began ("an offensive that began in January"): its date
 * is where the war's time starts, well before the news ("Militants triggered the war when
 * they stormed the border on 7 May 2021"), so it bounds the news from below and dates no news.
 * @example beganTheWar(sentence('The war began when troops crossed the border on 2 March 2019.'), mentionOf2March) // true
 */
export function beganTheWar(sentence: Sentence | undefined, d: DateMention): boolean {
  if (!sentence) return false;
  // Read in the words before the date only: a page-long sentence is not read again for each of its dates.
  const at = d.span[0] - sentence.span[0];
  const before = sentence.text.slice(Math.max(0, at - WAR_BEGAN_REACH), Math.max(0, at));
  // Every reading below names a war or a campaign: most dates have none before them, and are not read further.
  if (!CAMPAIGN_WORD.test(before)) return false;
  return (
    WAR_BEGAN.test(before) ||
    CAMPAIGN_BEGAN_BEFORE.test(before) ||
    CAMPAIGN_START_BEFORE.test(before) ||
    WAR_SET_OFF_BY.test(before) ||
    (WITH_YEAR.test(d.text) && CAMPAIGN_LAUNCHED_BEFORE.test(before)) ||
    (MONTH_OR_MORE.has(d.range.precision) && SINCE_CAMPAIGN_LAUNCHED.test(before))
  );
}

/**
 * A clause that dates another happening by how long before this one it was: "… months after
 * the army retook the city", "… two years since the siege began".
 */
const EARLIER_CLAUSE = /\b(?:days?|weeks?|months?|years?|decades?|shortly|soon|long)\s+(?:after|since)\b/i;

/**
 * The kind of action a text reports, by the first matching expression; `otherwise` when none
 * matches. What the text says happened before it, in a clause after it ("began an offensive
 * months after the army retook the city"), is not its action, when the words before name one.
 * @example actionOf('Daesh pulls back from much of Palmyra') // 'withdrawal'
 */
export function actionOf(text: string): string;
export function actionOf<T>(text: string, otherwise: T): string | T;
export function actionOf(text: string, otherwise: unknown = 'report'): unknown {
  const earlier = EARLIER_CLAUSE.exec(text);
  const head = earlier ? text.slice(0, earlier.index) : null;
  const own = head ? ACTIONS.find(([, re]) => re.test(head)) : undefined;
  return (own ?? ACTIONS.find(([, re]) => re.test(text)))?.[0] ?? otherwise;
}
