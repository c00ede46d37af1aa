import * as chrono from 'chrono-node';
import type { TimeRange } from '../../domain/claim';
import type { Span } from '../../domain/mention';
import { foldForMatch } from '../text/fold-for-match';

/** A time expression of a sentence resolved to a range of ISO days. */
export interface TimeExpression {
  readonly span: Span;
  readonly range: TimeRange;
}

const DAY = 86_400_000;
const UNITS: Readonly<Record<string, number>> = {
  jour: 1,
  jours: 1,
  day: 1,
  days: 1,
  semaine: 7,
  semaines: 7,
  week: 7,
  weeks: 7,
  mois: 30,
  month: 30,
  months: 30,
  an: 365,
  ans: 365,
  annee: 365,
  annees: 365,
  year: 365,
  years: 365,
};
const COUNT = String.raw`(\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve)`;
const COUNTS: Readonly<Record<string, number>> = {
  un: 1,
  une: 1,
  a: 1,
  an: 1,
  one: 1,
  deux: 2,
  two: 2,
  trois: 3,
  three: 3,
  quatre: 4,
  four: 4,
  cinq: 5,
  five: 5,
  six: 6,
  sept: 7,
  seven: 7,
  huit: 8,
  eight: 8,
  neuf: 9,
  nine: 9,
  dix: 10,
  ten: 10,
  douze: 12,
  twelve: 12,
};
const UNIT = String.raw`(jours?|semaines?|mois|ans|annees?|days?|weeks?|months?|years?)`;

/** "depuis quatre mois", "for the past two weeks", "ces trois derniers mois": up to publication. */
const SINCE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:depuis|pendant|for|over)\s+(?:the\s+(?:past|last)\s+)?${COUNT}\s+${UNIT}(?![\p{L}])|(?<![\p{L}\p{N}])(?:ces|les|the\s+(?:past|last))\s+${COUNT}\s+(?:derniers?|dernieres?)?\s*${UNIT}(?:\s+(?:derniers?|dernieres?))?(?![\p{L}])`,
  'gu',
);
/** "ces dernières semaines", "in recent weeks": four weeks, three months, a week of days. */
const RECENT =
  /(?<![\p{L}\p{N}])(?:ces|au cours des)\s+(?:dernieres|derniers)\s+(semaines|mois|jours)|(?<![\p{L}\p{N}])(?:in\s+)?(?:recent|the past|the last)\s+(weeks|months|days)(?![\p{L}])/gu;
const RECENT_DAYS: Readonly<Record<string, number>> = {
  semaines: 28,
  weeks: 28,
  mois: 90,
  months: 90,
  jours: 7,
  days: 7,
};
/** "actuellement", "pour l'instant", "so far": the publication day. */
const NOW =
  /(?<![\p{L}\p{N}])(?:actuellement|pour l'instant|pour le moment|desormais|a present|jusqu'a present|aujourd'hui|currently|so far|now|at present|for now|as of now|today)(?![\p{L}])/gu;

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Time expressions of a sentence, resolved against the publication date:
 * durations up to it ("depuis quatre mois"), the publication day itself
 * ("actuellement"), and dates parsed by chrono-node, biased to the past (a
 * date with no year that falls after publication is last year's; a bare
 * weekday is the last one) and checked against their weekday ("mardi 17
 * décembre" must be a Tuesday: else the nearest earlier year where it is).
 */
export function resolveTimes(
  text: string,
  offset: number,
  language: string,
  publishedAt: string,
): TimeExpression[] {
  const published = new Date(`${publishedAt.slice(0, 10)}T12:00:00Z`);
  const folded = foldForMatch(text);
  const found: TimeExpression[] = [];
  const at = (index: number, length: number): Span => ({
    start: offset + index,
    end: offset + index + length,
  });
  for (const match of folded.matchAll(SINCE)) {
    const count = match[1] ?? match[3] ?? '1';
    const unit = match[2] ?? match[4] ?? 'jours';
    const from = before(published, COUNTS[count] ?? Number(count), UNITS[unit] ?? 1);
    found.push({
      span: at(match.index, match[0].length),
      range: { from: iso(from), to: iso(published) },
    });
  }
  for (const match of folded.matchAll(RECENT)) {
    const days = RECENT_DAYS[match[1] ?? match[2] ?? 'jours'] ?? 7;
    const from = days >= 90 ? before(published, 3, 30) : new Date(published.getTime() - days * DAY);
    found.push({
      span: at(match.index, match[0].length),
      range: { from: iso(from), to: iso(published) },
    });
  }
  for (const match of folded.matchAll(NOW)) {
    found.push({
      span: at(match.index, match[0].length),
      range: { from: iso(published), to: iso(published) },
    });
  }
  const parser = { fr: chrono.fr, de: chrono.de, es: chrono.es }[language] ?? chrono.en;
  for (const result of parser.parse(text, published, { forwardDate: false })) {
    const span = at(result.index, result.text.length);
    if (found.some((f) => f.span.start < span.end && span.start < f.span.end)) continue;
    const range = dateRange(result, published);
    if (range) found.push({ span, range });
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

function dateRange(result: chrono.ParsedResult, published: Date): TimeRange | null {
  const start = result.start;
  const hasDate = start.isCertain('day') || start.isCertain('weekday') || start.isCertain('month');
  if (!hasDate || /^[\d\s.,:hà-]+$/u.test(result.text)) return null;
  let date = start.date();
  if (!start.isCertain('year') && date.getTime() > published.getTime() + DAY / 2) {
    date = start.isCertain('month') ? shiftYears(date, -1) : new Date(date.getTime() - 7 * DAY);
  }
  const weekday = start.get('weekday');
  if (
    weekday !== null &&
    start.isCertain('weekday') &&
    start.isCertain('day') &&
    date.getUTCDay() !== weekday
  ) {
    const fixed = [1, 2, 3, 4, 5, 6]
      .map((n) => shiftYears(date, -n))
      .find((d) => d.getUTCDay() === weekday);
    if (!fixed || start.isCertain('year')) return null;
    date = fixed;
  }
  if (!start.isCertain('day') && !start.isCertain('weekday')) {
    const first = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
    const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0));
    return { from: iso(first), to: iso(last) };
  }
  const end = result.end?.date();
  return { from: iso(date), to: iso(end && end > date ? end : date) };
}

/** `count` units before `date`: calendar months and years ("depuis quatre mois"), else days. */
function before(date: Date, count: number, unitDays: number): Date {
  const shifted = new Date(date);
  if (unitDays === 30) shifted.setUTCMonth(date.getUTCMonth() - count);
  else if (unitDays === 365) shifted.setUTCFullYear(date.getUTCFullYear() - count);
  else shifted.setTime(date.getTime() - count * unitDays * DAY);
  return shifted;
}

function shiftYears(date: Date, years: number): Date {
  const shifted = new Date(date);
  shifted.setUTCFullYear(date.getUTCFullYear() + years);
  return shifted;
}
