/**
 * Which kinds of action (see ACTIONS in extract/events.ts) can be one happening told in
 * different words, and how long one happening of a kind lasts.
 */

/** Words for violence at a place: a strike, a raid, a bombing, an attack, a massacre, its toll, the fighting and the fall of the place. */
const MILITARY: ReadonlySet<string> = new Set(['withdrawal', 'capture', 'bombing', 'strikes', 'attack', 'fighting', 'toll']);
/** People leave as a place falls and under a deal; a deal is not a bombing. */
const MOVEMENT: ReadonlySet<string> = new Set(['evacuation', 'capture', 'withdrawal', 'agreement']);
/** Happenings of a day or a night: reports of them may differ by a day ("last night", "on Sunday"). */
const BRIEF: ReadonlySet<string> = new Set(['bombing', 'strikes', 'attack', 'toll']);

/**
 * True when two kinds of action can be one happening told differently.
 * @example compatibleActions('strikes', 'bombing') // true
 * @example compatibleActions('bombing', 'agreement') // false
 */
export function compatibleActions(a: string, b: string): boolean {
  if (a === b || a === 'report' || b === 'report') return true;
  return (MILITARY.has(a) && MILITARY.has(b)) || (MOVEMENT.has(a) && MOVEMENT.has(b));
}

/**
 * Days that may lie between two reports of one happening: a strike is one day or night, told a day apart;
 * an evacuation, an offensive or a siege goes on, and may go a day unreported.
 * @example maxGapDays('strikes') // 1
 */
export function maxGapDays(action: string): number {
  return BRIEF.has(action) ? 1 : 2;
}

/**
 * The widest one happening of a kind may be, in days.
 * @example maxEventDays('evacuation') // 10
 */
export function maxEventDays(action: string): number {
  return BRIEF.has(action) ? 3 : 10;
}
