/**
 * The words the figures extractor reads categories and boundaries from.
 * All entries are lower case; multi-word entries are space-separated token
 * sequences ("laid down", "claimed the lives of").
 */
import type { Category } from '../../model/types.ts';

type Predicate = Exclude<Category, 'other' | 'casualties'> | 'casualties';

/** Verbs, participles and nouns that tell what happened to the counted thing. */
export const PREDICATES: ReadonlyMap<string, Predicate> = new Map([
  ...words('killed', [
    'killed', 'kill', 'kills', 'killing', 'dead', 'died', 'die', 'dies', 'dying', 'slain', 'massacred', 'executed',
    'executing', 'execute', 'beheaded', 'perished', 'eliminated', 'eliminating', 'eliminate', 'elimination',
    'liquidated', 'liquidating', 'neutralized', 'neutralised', 'martyred', 'deaths', 'death', 'toll', 'bodies',
    'corpses', 'fatalities', 'martyrs', 'lost their lives', 'lost his life', 'lost her life', 'claimed the lives of',
    'claiming the lives of', 'claim the lives of', 'claimed the life of', 'shot dead', 'killings', 'murder',
    'murders', 'murdered', 'murdering', 'beheads', 'behead', 'beheading', 'crucified', 'crucifies', 'hanged',
    'decapitated', 'slaughtered', 'slaughters', 'slaughtering', 'massacre of', 'killing of', 'toll at', 'toll to', 'toll of', 'toll stood at',
    'toll rose to', 'toll climbed to', 'toll reached', 'cost the lives of', 'costing the lives of',
  ]),
  ...words('injured', [
    'injured', 'injuring', 'injure', 'injures', 'wounded', 'wounding', 'wound', 'hurt', 'injuries', 'injury',
    'taken to hospital', 'taken to hospitals', 'taken to the hospital', 'in hospital with', 'hospitalised', 'hospitalized',
  ]),
  ...words('casualties', ['casualties', 'casualty']),
  ...words('destroyed', [
    'destroyed', 'destroying', 'destroy', 'destroys', 'destruction', 'demolished', 'razed', 'disabled', 'downed',
    'shot down', 'shooting down', 'put out of action', 'torched', 'knocked out', 'blown up', 'blew up', 'wrecked',
    'damaged', 'burned', 'burnt',
  ]),
  ...words('strikes', [
    'struck', 'targeted', 'bombed', 'pounded', 'strikes', 'strike', 'airstrikes', 'airstrike', 'air-strikes',
    'air-strike', 'raids', 'raid', 'airraids', 'sorties', 'sortie', 'bombardments', 'bombings',
  ]),
  ...words('displaced', [
    'fled', 'flee', 'flees', 'fleeing', 'escaped', 'escape', 'escaping', 'evacuated', 'evacuating', 'evacuate',
    'evacuation', 'displaced', 'displacing', 'displace', 'displacement', 'uprooted', 'relocated', 'bused', 'bussed',
    'refugees', 'evacuees', 'idps', 'left their homes', 'forced from their homes', 'bused out', 'bussed out',
    'taken out', 'evacuations',
  ]),
  ...words('surrendered', [
    'surrendered', 'surrender', 'surrendering', 'defected', 'defecting', 'defect', 'defectors', 'defection',
    'laid down', 'lay down', 'laying down', 'handed over their weapons', 'handed over their arms',
    'turned themselves in', 'gave themselves up', 'settled their status', 'settled their legal status',
    'regularized their status',
  ]),
  ...words('control', [
    'control', 'controls', 'controlled', 'controlling', 'held', 'holds', 'hold', 'holding', 'captured',
    'capture', 'capturing', 'seized', 'seizing', 'retook', 'retaken', 'retaking', 'recaptured', 'recapturing',
    'liberated', 'liberating', 'liberation', 'took', 'taken', 'regained', 'overran', 'cleared', 'lost', 'losing',
    'gain', 'gained', 'gaining', 'drove them from', 'drove them out of', 'drove militants out of', 'drove out', 'driven out of',
    'pushed out of', 'expelled from',
  ]),
]);

/** Nouns that name strikes themselves: they decide the category even before a verb does. */
export const STRIKE_NOUNS = new Set([
  'strikes', 'strike', 'airstrikes', 'airstrike', 'air-strikes', 'raids', 'raid', 'sorties', 'sortie',
  'bombardments', 'bombings',
]);
/** Category words that are nouns: they can be the counted thing itself ("64 air raids", "50 bodies"). */
export const PREDICATE_NOUNS = new Set([
  ...STRIKE_NOUNS, 'deaths', 'bodies', 'corpses', 'fatalities', 'martyrs', 'killings', 'casualties', 'injuries',
  'refugees', 'evacuees', 'idps', 'defectors',
]);
/** Munitions counted as fired: strikes unless a verb says otherwise ("destroyed 20 missiles"). */
export const MUNITION_NOUNS = new Set([
  'missiles', 'rockets', 'shells', 'bombs', 'mortars', 'projectiles', 'munitions',
]);
/** Things that are ground: a count of them taken or held is `control`. */
export const GROUND_NOUNS = new Set([
  'percent', '%', 'pc', 'cent', 'villages', 'village', 'towns', 'town', 'cities', 'districts', 'district',
  'neighbourhoods', 'neighborhoods', 'neighbourhood', 'neighborhood', 'areas', 'hills', 'hilltops', 'settlements',
  'positions', 'kilometers', 'kilometres', 'km', 'km2', 'hectares', 'territory', 'farms', 'localities', 'points',
  'checkpoints', 'outposts', 'bases', 'airports', 'heights',
]);
/** Verbs that end the search for a category word: the figure belongs to them, and they are `other`. */
export const BLOCKERS = new Set([
  'arrested', 'detained', 'kidnapped', 'abducted', 'freed', 'released', 'rescued', 'deployed', 'sent', 'received',
  'delivered', 'treated', 'returned', 'trained', 'recruited', 'joined', 'used', 'carrying', 'carried',
  'demined', 'housed', 'url', 'hosted', 'registered', 'besieged', 'trapped', 'stranded',
  'employed', 'numbered', 'contains', 'contained', 'aid', 'funding', 'pledged', 'worth', 'cost',
  'remained', 'remain', 'remaining', 'remains', 'stayed', 'staying', 'sheltering', 'inhabitants', 'population',
  'send', 'sending', 'deploy', 'deploying', 'dispatch', 'dispatched', 'dispatching',
]);
/** Things that carry people: a count of them is not of people moved ("40 buses evacuated civilians"). */
export const VEHICLE_NOUNS = new Set([
  'buses', 'bus', 'ambulances', 'trucks', 'lorries', 'vehicles', 'convoys', 'trains', 'cars', 'coaches', 'boats', 'flights',
]);
/** Verbs that tell a count after them only: "8,500 residents left the city" (but "the strike left 43 dead"). */
export const AFTER_ONLY: ReadonlyMap<string, Predicate> = new Map([
  ['left', 'displaced'], ['removed', 'displaced'], ['moved', 'displaced'], ['crossed', 'displaced'],
  ['hospitalised', 'injured'], ['hospitalized', 'injured'],
]);

/** Words that end a clause: a category word beyond them speaks of something else. */
export const CLAUSE_WORDS = new Set([
  'that', 'which', 'who', 'whom', 'where', 'while', 'whereas', 'but', 'although', 'though', 'because', 'when',
  'after', 'before', 'adding', 'saying', 'according', 'since', 'until', 'amid', 'despite',
]);

/** Words that end the counted thing ("300 Daesh elements | and destroyed"). */
export const NP_STOP = new Set([
  'in', 'on', 'at', 'from', 'to', 'into', 'onto', 'during', 'since', 'near', 'around', 'after', 'before', 'across',
  'by', 'for', 'as', 'against', 'toward', 'towards', 'through', 'throughout', 'within', 'without', 'under', 'over',
  'between', 'among', 'amid', 'amidst', 'inside', 'outside', 'along', 'despite', 'following', 'including', 'like',
  'via', 'upon', 'about', 'off', 'than', 'but', 'while', 'when', 'which', 'who', 'whom', 'whose', 'that', 'where',
  'if', 'because', 'so', 'were', 'was', 'have', 'has', 'had', 'been', 'are', 'is', 'be', 'being', 'will', 'would',
  'could', 'should', 'may', 'might', 'can', 'did', 'do', 'does', 'got', 'reportedly', 'allegedly', 'also', 'still',
  'already', 'now', 'overnight', 'today', 'yesterday', 'recently', 'this', 'these', 'those', 'last', 'there',
  'here', 'then', 'they', 'it', 'he', 'she', 'we', 'i', 'you', 'its', 'their', 'his', 'her', 'our', 'each', 'per',
  'according', 'said', 'says', 'say', 'told', 'added', 'reported', 'more', 'less', 'fewer', 'out', 'up', 'down',
  'not', 'no', 'nor', 'such', 'only', 'just', 'all', 'both', 'either', 'neither', 'other', 'another', 'some',
  'many', 'much', 'most', 'several', 'own', 'same', 'too', 'very', 'again', 'once', 'twice', 'ago', 'later',
  'earlier', 'yet', 'even', 'ever', 'never', 'always', 'mostly', 'mainly', 'largely', 'respectively', 'saying',
  'adding', 'hit', 'hits', 'laid', 'lay', 'handed', 'turned', 'gave', 'left', 'crossed', 'remained', 'remain',
  'remains', 'stayed', 'arrived', 'reached',
]);
/** Participles after which "with" goes on describing the counted thing ("cars equipped with machine guns"). */
export const WITH_PARTICIPLES = new Set([
  'equipped', 'armed', 'loaded', 'filled', 'laden', 'packed', 'rigged', 'fitted', 'mounted',
]);
/** Words that may sit between a verb and its figure ("killed a total of 300", "destroyed another 11"). */
export const BEFORE_SKIP = new Set([
  'a', 'an', 'the', 'another', 'additional', 'also', 'reportedly', 'allegedly', 'total', 'of', 'further', 'some', 'between',
  'only', 'just', 'least', 'nearly', 'almost', 'approximately', 'roughly', 'about', 'around', '(',
]);
/** Words between a toll and its figure ("the death toll has risen to 112", "put the toll at 58"). */
export const TOLL_LINKS = new Set([
  'to', 'at', 'of', 'rose', 'rises', 'risen', 'climbed', 'climbs', 'reached', 'reaches', 'jumped', 'stood', 'stands',
  'increased', 'has', 'had', 'was', 'is', 'now', 'hit', 'hits', 'lower', 'higher', 'reportedly', 'from', 'up', '(',
]);
/** Words that may sit between the counted thing and its predicate ("300 militants were reportedly killed"). */
export const AFTER_SKIP = new Set([
  'were', 'was', 'have', 'has', 'had', 'been', 'being', 'be', 'are', 'is', 'got', 'reportedly', 'allegedly', 'also',
  'all', 'among', 'those', 'the', 'confirmed', 'either', 'others', 'other', 'more', 'people', 'later', 'now', 'already', ')',
]);
/** Determiners before a number word make it a reference, not a claim ("the two sides"). */
export const DEFINITE = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'both', 'each', 'every', 'no', 'our', 'my', 'your']);

/** Words that make a plain four-digit number a count, not a year ("more than 2000 people"). */
export const COUNT_NOUNS = new Set([
  'people', 'persons', 'civilians', 'fighters', 'militants', 'soldiers', 'troops', 'refugees', 'children', 'families',
  'residents', 'members', 'rebels', 'terrorists', 'jihadists', 'others', 'dead', 'killed', 'injured', 'wounded',
  'men', 'women', 'students', 'prisoners', 'detainees', 'insurgents', 'gunmen', 'militiamen', 'elements',
  'households', 'homes', 'houses', 'buildings', 'vehicles', 'tanks', 'targets', 'strikes', 'airstrikes', 'raids',
  'sorties', 'missiles', 'rockets', 'shells', 'tons', 'tonnes', 'evacuees', 'displaced', 'cases', 'victims',
  'bodies', 'casualties', 'deaths', 'tents', 'trucks', 'percent', 'dollars', 'euros',
]);

export const MONTHS = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);
export const TIME_UNITS = new Set([
  'second', 'seconds', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'day', 'days', 'night',
  'nights', 'week', 'weeks', 'month', 'months', 'year', 'years', 'yr', 'yrs', 'decade', 'decades', 'century',
  'centuries', 'fortnight', 'weekend', 'weekends',
]);
export const DISTANCE_UNITS = new Set([
  'km', 'kms', 'kilometers', 'kilometres', 'kilometer', 'kilometre', 'miles', 'mile', 'mi', 'meters', 'metres',
  'meter', 'metre', 'm', 'yards', 'yard', 'feet', 'foot', 'ft',
]);
export const CLOCK_WORDS = new Set(['am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', 'hrs', 'hours', "o'clock", 'local']);
/** Capitalised words that name things by number ("Resolution 2254", "Division 17", "News ID: 425676"). */
export const NAME_BEFORE_NUMBER = new Set([
  'id', 'no', 'nos', 'number', 'resolution', 'article', 'chapter', 'division', 'brigade', 'regiment', 'battalion',
  'route', 'highway', 'road', 'flight', 'channel', 'page', 'section', 'room', 'gate', 'phase', 'camp', 'item', 'code',
  'level', 'vol', 'volume', 'episode', 'season', 'corps', 'squadron', 'copyright', 'geneva', 'astana', 'vienna',
  'base', 'sector', 'zone', 'block', 'building', 'hall', 'unit', 'group', 'part', 'paragraph', 'figure', 'table',
  'version', 'model', 'class', 'type', 'mark', 'g', 'p', 'f', 'bbc', 'radio', 'tv', 'category', 'grade', 'rank',
  'reference', 'ref', 'lot', 'line', 'platform', 'ward', 'district', 'url',
]);
/** Page furniture after a number ("847 views", "3 comments"). */
export const FURNITURE_AFTER = new Set(['views', 'comments', 'comment', 'shares', 'likes', 'reads', 'retweets', 'followers', 'votes']);

function words<C extends Predicate>(category: C, list: readonly string[]): [string, C][] {
  return list.map((w) => [w, category]);
}

/** Marks that end every search for a category word. */
export const HARD_STOPS: ReadonlySet<string> = new Set([';', ':', '“', '”', '"', '(', ')', '—', '–', '?', '!']);
/** How far back the fallback search for a category word goes, in tokens. */
export const FALLBACK_BACK = 14;
/** What a rising count counts: "the number of dead", "the wounded rose to". */
export const TOLL_SUBJECTS: ReadonlyMap<string, Predicate> = new Map([
  ['dead', 'killed'], ['deaths', 'killed'], ['killed', 'killed'], ['fatalities', 'killed'], ['victims', 'killed'],
  ['wounded', 'injured'], ['injured', 'injured'], ['injuries', 'injured'],
  ['evacuees', 'displaced'], ['evacuated', 'displaced'], ['displaced', 'displaced'], ['refugees', 'displaced'],
]);
