/**
 * The lead: where a news report says what happened, where and when. The main event is
 * read from it: the day its action is dated by, not the day someone spoke of it.
 */
import { groupBy } from '../group-by.ts';
import { isPhotoCaption } from '../ingest/caption.ts';
import { daysBetween, shiftDays } from '../lexicon/calendar.ts';
import { WEEKDAY_PATTERN } from '../lexicon/calendar-words.ts';
import { isWhereTreated } from './places/destination.ts';
import { isSpaceAt } from './word-runs.ts';
import { foldKey } from '../gazetteer/fold.ts';
import type { DateMention, DateRange, Place, PlaceMention, Sentence } from '../model/types.ts';

/** The lead is this many sentences of running text (captions and bylines are not counted). */
export const LEAD_SENTENCES = 5;
/** A sentence of fewer words is a caption, a byline or a heading, not running text. */
const MIN_LEAD_WORDS = 6;
/** A stretch of days longer than this is a tally's period ("over the past ten days"), not a day's happening (a month, "an August strike", still dates one). */
const MAX_HAPPENING_DAYS = 3;
/** How far around a date (in characters, within its sentence) a word can be said to date it. */
const REACH = 40;

/** Words that name a happening a date can be attached to ("the 8 April strike", "killed on Friday"). */
const HAPPENING =
  /\b(?:strikes?|air ?strikes?|raids?|attack\w*|bomb\w*|blasts?|explosions?|shell\w*|massacre\w*|assault\w*|offensive|ambush\w*|killed|wounded|injured|hit|struck|fired|launched|recaptur\w+|retak\w+|retook|captur\w+|seiz\w+|fell|withdr[ae]w\w*|entered|clash\w*|fighting|evacuat\w+|fled)\b/i;
/** Words of a toll being updated, just before a date: "the toll rose to 57 on Sunday" dates the count, not the strike. */
const TOLL_UPDATE = /\b(?:toll|rose|risen|rising|climbed|jumped|reached|revised|raised|updated)\b[^,;]{0,16}$/i;
/** A word of speech right before the date: "said on Sunday", "told reporters Thursday". */
const SPEECH_BEFORE =
  /\b(?:said|says|say|saying|announced|told \w+|stated|added|confirmed|claimed|denied|reported|tweeted|wrote|declared|pledged|warned)\s+(?:on\s+|late\s+|early\s+|in a statement\s+(?:on\s+)?)?$/i;
/** Right after a day, its happening in the possessive: "Monday's airstrike", "Saturday's attack on". */
const POSSESSIVE_HAPPENING =
  /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:air\s?strikes?|strikes?|attacks?|raids?|bombings?|shelling|blasts?|explosions?|massacre|assault|ambush)\b/iu;
/** A weekday and an opening bracket right before a date: the date restates the weekday ("on Friday (Mar 25)"). */
const RESTATED_WEEKDAY = new RegExp(`\\b${WEEKDAY_PATTERN}\\s*\\(\\s*$`, 'i');
/** A week named as when something happened, not a tally's span: "last week's strike", "the raid the previous week". */
const NAMED_WEEK = /\b(?:last|previous)\s+week\b/i;
/** The most days a named week is read as spanning ("last week": the seven days before, or the week before this, resolve-reference.ts). */
const MAX_WEEK_DAYS = 14;
/** A deadline is not a day something happened: "completed by Wednesday", "until Friday", "set for May 3". */
export const DEADLINE_BEFORE = /\b(?:by|until|till|before|due(?:\s+on)?|set\s+for|scheduled\s+for|ahead\s+of(?:\s+the)?)\s+$/i;
const DEADLINE_START = /^(?:by|until|till|before)\b/i;
/** A deadline named by its day: "the August 31 deadline", "Biden's Aug. 31 deadline to withdraw". */
const DEADLINE_AFTER = /^\s*deadline\b/i;
/** A word of speech right after it: "on Sunday said", "on Thursday announced". */
const SPEECH_AFTER = /^[\s,]*(?:said|announced|told|stated|added|confirmed|claimed|denied|reported|declared|raised|revised|updated|put)\b/i;

/** A syndicator's tag in brackets before a dateline: "(MENAFN- Nam News Network) ADEN, Jan 13". */
const SYNDICATOR_TAG = /^\s*\([^()]{1,60}\)\s*$/;
/** What follows a dateline's place: "(Reuters) -", ", April 8", ", Aug. 9 (AFP)". */
const DATELINE_TAIL = /^\s*(?:\([^)]*\)|,\s*[A-Za-z]{3,9}\.?\s+\d|[•·]\s)/;
/** Where words were said, not where things happened: "said in Moscow", "talks in Ankara", "a visit to Kyiv". */
const SPEECH_PLACE =
  /\b(?:said|says|told [\w ]{1,20}|speaking|spoke|visit(?:ing|ed|s)?|talks|meeting|met|conference|summit|statement|briefing|based|headquartered)\s+(?:in|to|at|from)\s+(?:the\s+)?$/i;
/** After a place that frames the next one: "the southern Gaza city of Khan Younis", "the Kharkiv region town of Izium". */
const FRAMES_NEXT = /^\s+(?:region\s+|province\s+|oblast\s+)?(?:city|town|village|port|capital)\s+of\b/i;
/**
 * The place of another, earlier happening the sentence names by it: "prisoners captured after
 * the fall of Mariupol", "veterans of the siege of X". The lead's happening is elsewhere.
 */
const OTHER_HAPPENING_OF = /\b(?:fall|siege|battle|capture|recapture|liberation|surrender|defen[cs]e)\s+of\s+(?:the\s+(?:city|town|village|port)\s+of\s+)?$/i;

/**
 * Indexes of the lead's sentences: the first LEAD_SENTENCES of running text.
 * @example leadSentences(sentences) // Set { 0, 2, 3, 4, 5 } (1 was a photo caption)
 */
export function leadSentences(sentences: readonly Sentence[]): Set<number> {
  const lead = new Set<number>();
  for (const s of sentences) {
    if (lead.size >= LEAD_SENTENCES) break;
    // A picture's caption is no lead: its date is the picture's ("This photo taken ... on Feb. 24 shows ...").
    if (wordsUpTo(s.text, MIN_LEAD_WORDS) >= MIN_LEAD_WORDS && !isPhotoCaption(s.text)) lead.add(s.index);
  }
  return lead;
}

/**
 * How many words (runs of characters other than white space) a text has, counting no
 * further than `limit`: a sentence is not split into an array of its words to be counted.
 * @example wordsUpTo('Smoke rose over the town', 3) // 3
 */
export function wordsUpTo(text: string, limit: number): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length && words < limit; i++) {
    const space = isSpaceAt(text, i);
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/**
 * How a date stands to what happened, read from the words around it: +2 where it dates a
 * happening ("the strike on Friday", "Friday's attack"), -1 where it dates only words said
 * about it ("the ministry said on Sunday") or is a deadline ("completed by Wednesday").
 * @example dateWeight(sentence('Russia said on Sunday that strikes hit the town.'), mentionOfSunday) // -1
 */
export function dateWeight(sentence: Sentence | undefined, d: DateMention): number {
  if (!sentence) return 0;
  const from = d.span[0] - sentence.span[0];
  const to = d.span[1] - sentence.span[0];
  const before = sentence.text.slice(Math.max(0, from - REACH), Math.max(0, from));
  const after = sentence.text.slice(Math.max(0, to), to + REACH);
  // "said on Friday (March 25) that ...": a day in brackets restates the weekday before it, and is dated as it is.
  const restated = RESTATED_WEEKDAY.exec(before);
  const beforeDay = restated ? before.slice(0, restated.index) : before;
  const afterDay = restated ? after.replace(/^\s*\)/, '') : after;
  // "said Monday's airstrike on the market killed 10": the day the happening owns, whoever speaks before it.
  if (POSSESSIVE_HAPPENING.test(/['’]s$/.test(d.text) ? `'s${after}` : after)) return 2;
  if (
    SPEECH_BEFORE.test(beforeDay) ||
    SPEECH_AFTER.test(afterDay) ||
    DEADLINE_BEFORE.test(beforeDay) ||
    DEADLINE_START.test(d.text) ||
    DEADLINE_AFTER.test(afterDay)
  )
    return -1;
  if (TOLL_UPDATE.test(before)) return 0;
  // Only the nearest words: a clause away, the date belongs to something else. A date set before its
  // clause ("where on February 29, 118 were killed") dates the clause after its comma, unless that
  // clause tells of speech ("On Thursday, the military admitted an airstrike ... killed 105").
  const fronted = FRONTED_DATE_BEFORE.test(before) || OPENING_PHRASE.test(sentence.text.slice(0, Math.max(0, from)));
  const opening = fronted ? firstClause(after.replace(/^,\s*/, '')) : null;
  const next = opening !== null && !SPEECH_IN_CLAUSE.test(opening) ? opening : firstClause(after);
  const near = `${lastClause(before)} ${d.text} ${next}`;
  return HAPPENING.test(near) ? 2 : 0;
}

/** "destroyed in a previous bout of clashes in": what the date dates happened before the news. */
const EARLIER_HAPPENING_BEFORE = /\b(?:a|an|the|its|their)\s+(?:previous|earlier|prior)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:in|on|of|from|during)\s+$/iu;

/**
 * "following the initial attack on October 7", "after the invasion of February", "in retaliation for an attack by
 * militants on civilians on October 7": the happening a report's news came after, or answered.
 */
const FOLLOWED_HAPPENING_BEFORE =
  /\b(?:following|after|(?:in\s+)?(?:retaliation|response|revenge|reprisal)\s+(?:for|to)|to\s+avenge)\s+(?:the|a|an|its|their)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:attacks?|strikes?|raids?|invasion|offensive|war|massacre|assault|bombing)\s+(?:(?:by|from|against)\s+(?:[\p{L}'’-]+\s+){1,7}?)?(?:on|of|in)\s+$/iu;

/** A part someone had in a happening: "the commanders responsible for", "one of the leaders of", "linked to", "a role in". */
const ROLE_IN = String.raw`(?:(?:planning|preparation|execution)(?:\s+and\s+(?:the\s+)?(?:planning|preparation|execution))?\s+of|responsible\s+for|blamed\s+for|behind|leaders?\s+of|commanders?\s+of|architects?\s+of|masterminds?\s+of|planners?\s+of|perpetrators?\s+of|organi[sz]ers?\s+of|linked\s+to|tied\s+to|connected\s+to|involved\s+in|role\s+in|part\s+in|participated\s+in|planned|orchestrated|masterminded|carr(?:y|ied|ying)\s+out|led)`;
/** A happening a part can be had in. */
const ROLE_HAPPENING = '(?:attacks?|massacres?|assaults?|raids?|invasion|incursion|bombings?|offensive|killings?|atrocit(?:y|ies)|hostage-taking)';
const DETERMINER = String.raw`(?:the|a|an|its|their|his|her|[\p{L}'’-]+(?:'s|’s))`;
/** Before a date that names the happening: "responsible for the October 7 attack" (the happening's noun after the date). */
const ROLE_BEFORE_NAMED = new RegExp(String.raw`\b${ROLE_IN}\s+${DETERMINER}\s+(?:[\p{L}'’-]+\s+){0,3}?$`, 'iu');
const HAPPENING_NEXT = new RegExp(String.raw`^\s*(?:[\p{L}'’-]+\s+){0,2}?${ROLE_HAPPENING}\b`, 'iu');
/** Before a date told after the happening: "a role in the group's attack on southern Israel on", "leaders of the massacres in Israel on". */
const ROLE_BEFORE_TOLD = new RegExp(
  String.raw`\b${ROLE_IN}\s+${DETERMINER}\s+(?:[\p{L}'’-]+\s+){0,4}?${ROLE_HAPPENING}(?:\s+(?:on|in|against|of)(?:\s+[\p{L}'’-]+){1,4}?)?\s+(?:on|in|of)\s+$`,
  'iu',
);

/**
 * Whether the date dates a happening the sentence gives someone a part in ("the airstrike killed
 * a commander responsible for the October 7 attack", "one of the leaders of the massacres on 7
 * October"): told of a person, it is their past, not the day of the report's news.
 * @example hadPartIn(sentence('It killed one of the commanders behind the October 7 attack.'), d) // true
 */
export function hadPartIn(sentence: Sentence | undefined, d: DateMention): boolean {
  if (!sentence) return false;
  const before = textBefore(sentence, d, REACH * 2);
  const after = sentence.text.slice(d.span[1] - sentence.span[0], d.span[1] - sentence.span[0] + REACH);
  return (ROLE_BEFORE_NAMED.test(before) && HAPPENING_NEXT.test(after)) || ROLE_BEFORE_TOLD.test(before);
}

/**
 * Whether the date dates the happening the sentence says its news followed ("eight months of
 * conflict following the initial attack on October 7"): told beside the news, it is not the news's
 * day unless it is recent (a report may follow a strike of the day before).
 * @example followsHappening(sentence('... the cost after months of conflict following the attack on October 7.'), d) // true
 */
export function followsHappening(sentence: Sentence | undefined, d: DateMention): boolean {
  // The happening may be told at length before its date ("in retaliation for an attack by militants on villages on").
  return sentence !== undefined && FOLLOWED_HAPPENING_BEFORE.test(textBefore(sentence, d, REACH * 4));
}

/** The `reach` characters of the sentence right before the date. */
function textBefore(sentence: Sentence, d: DateMention, reach: number): string {
  const from = d.span[0] - sentence.span[0];
  return sentence.text.slice(Math.max(0, from - reach), Math.max(0, from));
}

/**
 * Whether the date dates a happening the sentence calls earlier than the news: "the airport,
 * destroyed in a previous bout of clashes in 2014".
 * @example datesEarlierHappening(sentence('The airport was destroyed in a previous bout of clashes in 2014.'), d) // true
 */
export function datesEarlierHappening(sentence: Sentence | undefined, d: DateMention): boolean {
  return sentence !== undefined && EARLIER_HAPPENING_BEFORE.test(textBefore(sentence, d, REACH));
}

/** What a toll counts the dead of: a strike, a blast, an attack (not the evacuation or the fighting around it). */
const TOLLED =
  /\b(?:air ?strikes?|strikes?|struck|raids?|attack\w*|bomb\w*|blasts?|explosions?|shell(?:ing|ed)|missiles?|rockets?|massacre\w*|assault\w*|ambush\w*)\b/i;
/** Speech in a clause: its date is the day something was said. */
const SPEECH_IN_CLAUSE = /\b(?:said|says|told|announced|admitted|acknowledged|confirmed|reported|stated|denied|claimed|revealed|added)\b/i;
/** A short phrase opening the sentence before its date: "In the incidents on Oct. 14, a truck bomb exploded" dates the clause after the comma. */
const OPENING_PHRASE = /^(?:In|On|At|During)\b[^,;:]{0,40}$/;
/** "On" opening a clause before a date: the date is set before the clause it dates ("where on February 29, 118 ..."). */
const FRONTED_DATE_BEFORE = /(?:^|[,;:]\s*|\b(?:where|when|and|but|then)\s+)on\s+$/i;
/** A headline that tells a toll grew: "Death toll in junta airstrikes on X village rises to 171". */
const TOLL_RISES =
  /\b(?:toll|number\s+of\s+(?:people\s+|those\s+)?(?:killed|dead|deaths))\b[^.]*?\b(?:rises|rose|risen|climbs|climbed|jumps|jumped|reaches|reached|passes|passed|tops|increases|increased|mounts|raised|revised)\b/i;

/**
 * In a report whose headline tells a toll grew and whose lead's date is not the happening's (a
 * dateline, the day bodies were found), the day of the happening the toll counts, told anywhere in
 * the text ("a jet bombed the village at about 8 a.m. on April 11") in the `withinDays` before the
 * lead's date: the news is the toll of that happening, not a happening of its own. The earliest
 * such day; null when the headline tells no toll grew or the text dates no happening.
 * @example tolledHappening('Toll in strike on Eastmoor rises to 171', sentences, dates, lead, 10)?.text // 'April 11'
 */
export function tolledHappening(
  title: string,
  sentences: readonly Sentence[],
  dates: readonly DateMention[],
  lead: DateMention,
  withinDays: number,
): DateMention | null {
  if (!TOLL_RISES.test(title)) return null;
  const bySentence = new Map(sentences.map((s) => [s.index, s]));
  // "A blast hit the convoy on Saturday, killing 100": the lead dates the happening itself.
  if (TOLLED.test(bySentence.get(lead.sentence)?.text ?? '')) return null;
  const from = shiftDays(lead.range.start, -withinDays);
  let best: DateMention | null = null;
  for (const d of dates) {
    if (d.range.end >= lead.range.start || d.range.start < from || (best && d.range.start >= best.range.start)) continue;
    const sentence = bySentence.get(d.sentence);
    if (sentence && TOLLED.test(sentence.text) && dateWeight(sentence, d) >= 0) best = d;
  }
  return best;
}

/**
 * The date mention that dates the lead's happening: the best-weighted date of the lead
 * (its `dateWeight` plus `bonus`), earliest first on a tie; null when the lead has none `usable`.
 * @example leadDate(sentences, dates, (d) => true)?.text // 'on Friday'
 */
export function leadDate(
  sentences: readonly Sentence[],
  dates: readonly DateMention[],
  usable: (d: DateMention, weight: number) => boolean,
  bonus: (d: DateMention) => number = () => 0,
): DateMention | null {
  const lead = leadSentences(sentences);
  const bySentence = new Map(sentences.map((s) => [s.index, s]));
  let best: DateMention | null = null;
  let bestWeight = -Infinity;
  for (const d of dates) {
    if (!lead.has(d.sentence)) continue;
    const said = dateWeight(bySentence.get(d.sentence), d);
    if (!usable(d, said)) continue;
    // "In the past ten days" spans a campaign's tally, not the day of what is reported: any day comes first.
    // A week named as the happening's ("last week's strike", in a report of what was said on Friday) comes
    // after a day of the happening, but before a day of words said about it.
    const wide = d.range.precision === 'days' && spanDays(d) > MAX_HAPPENING_DAYS;
    const namedWeek = said > 0 && NAMED_WEEK.test(d.text) && spanDays(d) <= MAX_WEEK_DAYS;
    const weight = said + bonus(d) - (!wide ? 0 : namedWeek ? 1 : 10);
    // On a tie, a day written out inside the month it ties with dates the same happening more finely
    // ("killed in twin blasts in October ... In the attacks on Oct. 14, a truck bomb exploded"); a day
    // told from another ("a day earlier") may be told from another day than the one it was read from.
    if (weight > bestWeight || (weight === bestWeight && best !== null && writtenDay(d) && finerInside(d.range, best.range))) {
      best = d;
      bestWeight = weight;
    }
  }
  return best;
}

/** Whether a mention writes out its month and day ("Oct. 14"), not a day told from another ("a day earlier"). */
function writtenDay(d: DateMention): boolean {
  return d.stated.includes('month') && d.stated.includes('day');
}

/** Whether `inner` lies inside `outer` and spans fewer days. */
function finerInside(inner: DateRange, outer: DateRange): boolean {
  return inner.start >= outer.start && inner.end <= outer.end && daysBetween(inner.start, inner.end) < daysBetween(outer.start, outer.end);
}

/**
 * The place of the lead's happening among `ranked` (most central first): the first that
 * the lead names beside a word of what happened ("a strike on X", "X was shelled"), else
 * the first the lead names at all, else the first. Given the lead's day (`day`: the dates
 * and the range of the one that dates the lead), a place whose own clause dates it to
 * another day is where another happening was ("in reply to a rocket attack on X on Friday",
 * in a report of Saturday's raid): it counts as a place the lead does not name.
 * @example leadPlace(sentences, mentions, ['moscow', 'kramatorsk']) // 'kramatorsk' ("the strike on Kramatorsk station")
 */
export function leadPlace(
  sentences: readonly Sentence[],
  mentions: readonly PlaceMention[],
  ranked: readonly string[],
  headline: { readonly text: string; readonly mentions: readonly PlaceMention[] } = { text: '', mentions: [] },
  day: LeadDay | null = null,
): string | null {
  const lead = leadSentences(sentences);
  const bySentence = new Map(sentences.map((s) => [s.index, s]));
  const score = new Map<string, number>();
  const otherDay = day ? datedOtherDay(day) : () => false;
  const weigh = (m: PlaceMention, text: string, offset: number, bonus: number, sentence?: Sentence): number => {
    const from = m.span[0] - offset;
    const to = m.span[1] - offset;
    const near = `${lastClause(text.slice(Math.max(0, from - REACH), Math.max(0, from)))} ${firstClause(text.slice(to, to + REACH))}`;
    // A dateline ("MOSCOW (Reuters) -", "KYIV, April 8") names where the reporter is.
    const dateline = (from < 2 || SYNDICATOR_TAG.test(text.slice(0, from))) && DATELINE_TAIL.test(text.slice(to, to + 24));
    const spoken = SPEECH_PLACE.test(text.slice(Math.max(0, from - REACH), Math.max(0, from)));
    // Only the body's dates are known: a headline's place is weighed as it stands.
    const elsewhen = m.sentence >= 0 && otherDay(m, text, offset);
    // Below a place the lead does not name: the report's own ranking then decides.
    if (OTHER_HAPPENING_OF.test(text.slice(Math.max(0, from - REACH), Math.max(0, from)))) {
      if (!score.has(m.place.id)) score.set(m.place.id, -1);
      return -1;
    }
    // Where the hurt were taken ("many injured evacuated to hospitals in X") is not where it happened.
    const treated = sentence !== undefined && isWhereTreated(m, sentence);
    // "in the southern Gaza city of Khan Younis": the place framing the town is not where it happened.
    const frame = FRAMES_NEXT.test(text.slice(to, to + 24));
    const points = dateline || spoken || elsewhen || treated || frame ? 0 : (HAPPENING.test(near) ? 2 : 1) + bonus;
    score.set(m.place.id, Math.max(score.get(m.place.id) ?? 0, points));
    return points;
  };
  // The headline names the place of what the report is about.
  for (const m of headline.mentions) weigh(m, headline.text, 0, 1);
  const leadScore = new Map<string, number>();
  const places = new Map<string, Place>();
  for (const m of mentions) {
    const s = lead.has(m.sentence) ? bySentence.get(m.sentence) : undefined;
    if (!s) continue;
    leadScore.set(m.place.id, Math.max(leadScore.get(m.place.id) ?? 0, weigh(m, s.text, s.span[0], 0, s)));
    places.set(m.place.id, m.place);
  }
  for (const m of headline.mentions) places.set(m.place.id, m.place);
  let best: string | null = null;
  let bestScore = -1;
  for (const id of ranked) {
    const s = score.get(id) ?? 0;
    if (s > bestScore) {
      best = id;
      bestScore = s;
    }
  }
  // "Idlib: dozens killed in gas attack" over "the attack hit the town of Eastbrook, in Idlib province": the
  // headline names the area, the lead the town in it where it happened.
  const area = best && headline.mentions.some((m) => m.place.id === best) ? places.get(best) : undefined;
  if (!area || !AREA_KINDS.has(area.kind)) return best;
  // A city names its area only where the lead names the area as such ("in Idlib province"); else it is the city
  // ("families flee Hodeidah", over "airstrikes in Zabid district, south of Hodeidah").
  if (area.kind === 'city' && !mentions.some((m) => lead.has(m.sentence) && m.place.kind === 'governorate' && namesArea(m.place, area))) return best;
  const town = ranked.find((id) => id !== best && (leadScore.get(id) ?? 0) >= HAPPENED_HERE && isTownOfArea(places.get(id), area));
  return town ?? best;
}

/** Lead points of a place named beside a word of what happened ("a strike on X"). */
const HAPPENED_HERE = 2;
/** Places a headline may name for the area a town of the lead lies in. */
const AREA_KINDS: ReadonlySet<Place['kind']> = new Set(['governorate', 'region', 'city']);

/** The governorate is the one the city is named for: "Idlib Province" for Idlib. */
function namesArea(governorate: Place, city: Place): boolean {
  return governorate.country === city.country && foldKey(governorate.name).startsWith(foldKey(city.name));
}

/**
 * A town (not a district of a city) in the area: the area's first-level division, or the division a
 * city of the same name is the seat of ("Idlib" the city, for a town of Idlib province).
 */
function isTownOfArea(town: Place | undefined, area: Place): boolean {
  if (town?.kind !== 'city' || town.id === area.id || town.country !== area.country || !town.admin1) return false;
  const division = foldKey(town.admin1);
  if (area.kind !== 'city') return division === foldKey(area.admin1 ?? area.name) || foldKey(area.name).startsWith(division);
  return foldKey(area.name) === division && foldKey(area.admin1 ?? '') === division;
}

/** The lead's day, for leadPlace: the article's dates, and the range of the one that dates the lead. */
export interface LeadDay {
  readonly dates: readonly DateMention[];
  readonly range: DateRange;
}

/**
 * Whether a place mention's own clause holds a date of another day than the lead's: the
 * date right after the place ("on the city of X on Friday") or right before it ("on Friday
 * in X"), with no comma, semicolon, colon, bracket or dash between them.
 */
function datedOtherDay({ dates, range }: LeadDay): (m: PlaceMention, text: string, offset: number) => boolean {
  const bySentence = groupBy(dates, (d) => d.sentence);
  return (m, text, offset) =>
    (bySentence.get(m.sentence) ?? []).some((d) => {
      if (d.range.end >= range.start && d.range.start <= range.end) return false;
      const after = d.span[0] >= m.span[1];
      if (!after && d.span[1] > m.span[0]) return false;
      const between = after ? text.slice(m.span[1] - offset, d.span[0] - offset) : text.slice(d.span[1] - offset, m.span[0] - offset);
      return between.length <= REACH && !CLAUSE_BREAK.test(between);
    });
}

/** What ends a clause inside a sentence. */
const CLAUSE_BREAK = /[,;:()\u2013\u2014]/;

/** Days a mention spans, counted inclusively. */
function spanDays(d: DateMention): number {
  return daysBetween(d.range.start, d.range.end) + 1;
}

function lastClause(text: string): string {
  return text.slice(text.search(/[^,;:()\u2013\u2014]*$/));
}

function firstClause(text: string): string {
  const end = text.search(/[,;:()\u2013\u2014]/);
  return end < 0 ? text : text.slice(0, end);
}
