import type { EntityKind } from '../../domain/entity';
import type { Span } from '../../domain/mention';
import type { LinkedMention } from '../linked-mention';
import { ROLE_NOUNS } from '../mentions/word-lists';
import type { RuleContext } from './rule-context';
import type { SentenceView } from './sentence-view';
import { foldedSlice } from './sentence-view';

export const ACTORS: readonly EntityKind[] = ['COUNTRY', 'ORGANIZATION', 'ARMED_FORCE'];

export interface RoleQuery {
  readonly kinds: readonly EntityKind[];
  readonly within: Span;
  /** Nested mentions count ("Ukraine" in "guerre contre l'Ukraine"). */
  readonly nested?: boolean;
  /** Skip these entities (the subject, when looking for the object). */
  readonly not?: readonly string[];
  /** Skip personnel mentions of armed forces? Default false. */
  readonly institutionsOnly?: boolean;
}

function fits(mention: LinkedMention, query: RoleQuery): boolean {
  return (
    query.kinds.includes(mention.entity.kind) &&
    query.within.start <= mention.span.start &&
    mention.span.end <= query.within.end &&
    (query.nested === true || !mention.nested) &&
    !(query.not ?? []).includes(mention.entity.id) &&
    !(query.institutionsOnly === true && mention.personnel)
  );
}

/** Mentions fitting the query, in text order. */
export function mentionsFor(view: SentenceView, query: RoleQuery): LinkedMention[] {
  return view.mentions.filter((m) => fits(m, query));
}

/**
 * The first mention of the clause before `position`, skipping agents
 * ("abattus par X") and complements of a role ("le porte-parole du
 * Pentagone, le général Pat Ryder": the subject is the person).
 */
export function clauseSubject(
  view: SentenceView,
  query: RoleQuery,
  position: number,
): LinkedMention | null {
  return (
    mentionsFor(view, { ...query, within: { start: query.within.start, end: position } }).find(
      (m) => !isAgent(view, m) && !isRoleComplement(view, m) && !isPossessor(view, m),
    ) ?? null
  );
}

/**
 * The subject of a trigger: the first actor of its clause; else that of the
 * main clause when the trigger stands in a relative or coordinated one
 * ("Hungary, an EU member that..., did not comment", "où elle contrôle");
 * else the speaker, when the words said name no subject ("La RPDC a démenti
 * toute livraison d'armes", "X said it would...").
 */
export function subjectOf(
  context: RuleContext,
  kinds: readonly EntityKind[],
  segment: Span,
  position: number,
): LinkedMention | null {
  const { view, content, speakers } = context;
  const own = clauseSubject(view, { kinds, within: segment }, position);
  if (own) return own;
  const main =
    segment.start > content.start
      ? clauseSubject(
          view,
          { kinds, within: { start: content.start, end: segment.start } },
          segment.start,
        )
      : null;
  const speaker =
    speakers.find((s) => kinds.includes(s.entity.kind)) ?? anaphor(view, kinds, segment, position);
  // "X said that ..., but declined to comment": a coordinated verb shares the speaker's subject.
  const coordinatedVerb = COORDINATOR_START.test(foldedSlice(view, segment));
  return (coordinatedVerb ? (speaker ?? main) : (main ?? speaker)) ?? null;
}

/** "the bloc", "l'alliance", "le pays": the last organisation or country the sentence named before. */
const ANAPHORS =
  /(?<!\p{L})(?:the|le|la|l')\s*(bloc|alliance|union|organisation|organization|country|pays)(?!\p{L})/u;

function anaphor(
  view: SentenceView,
  kinds: readonly EntityKind[],
  segment: Span,
  position: number,
): LinkedMention | null {
  const match = ANAPHORS.exec(foldedSlice(view, { start: segment.start, end: position }));
  if (!match) return null;
  const wanted: EntityKind =
    match[1] === 'country' || match[1] === 'pays' ? 'COUNTRY' : 'ORGANIZATION';
  if (!kinds.includes(wanted)) return null;
  return (
    view.mentions.filter((m) => m.entity.kind === wanted && m.span.end <= segment.start).pop() ??
    null
  );
}

const COORDINATOR_START = /^\s*,?\s*(?:mais|but|and|et)(?!\p{L})/u;

const ROLE_COMPLEMENT = new RegExp(
  `(?:${ROLE_NOUNS.map((r) => r.replace(/-/g, '[-\\s]?').replace(/ /g, '\\s+')).join('|')})\\s+(?:du|de la|de l'|des|de|d'|of the|of|for the|for|at the|at)\\s*$`,
  'u',
);

/** "the Treasury Department's Office...": the possessor qualifies the head that follows. */
export function isPossessor(view: SentenceView, mention: LinkedMention): boolean {
  return /^['’]s\s+\p{Lu}/u.test(
    view.text.slice(
      mention.span.end - view.sentence.span.start,
      mention.span.end - view.sentence.span.start + 4,
    ),
  );
}

/** "porte-parole du Pentagone", "spokesperson for the NSC": the name completes a role. */
export function isRoleComplement(view: SentenceView, mention: LinkedMention): boolean {
  return ROLE_COMPLEMENT.test(
    foldedSlice(view, {
      start: Math.max(view.sentence.span.start, mention.span.start - 30),
      end: mention.span.start,
    }),
  );
}

/** The nearest mention after `position`. */
export function firstAfter(
  view: SentenceView,
  query: RoleQuery,
  position: number,
): LinkedMention | null {
  return (
    mentionsFor(view, { ...query, within: { start: position, end: query.within.end } })[0] ?? null
  );
}

/** The nearest mention before `position`. */
export function lastBefore(
  view: SentenceView,
  query: RoleQuery,
  position: number,
): LinkedMention | null {
  const found = mentionsFor(view, {
    ...query,
    within: { start: query.within.start, end: position },
  });
  return found[found.length - 1] ?? null;
}

const AGENT_BEFORE = /(?<!\p{L})(?:par|by)\s+(?:(?:le|la|les|l'|the)\s*)?$/u;

/** "abattus par les forces ukrainiennes", "killed by Ukrainian forces". */
export function isAgent(view: SentenceView, mention: LinkedMention): boolean {
  const before = foldedSlice(view, {
    start: Math.max(view.sentence.span.start, mention.span.start - 12),
    end: mention.span.start,
  });
  return AGENT_BEFORE.test(before);
}

/** Text right before a mention, folded, for prepositions ("à la Corée du Nord", "to Russia"). */
export function textBefore(view: SentenceView, mention: LinkedMention, length = 14): string {
  return foldedSlice(view, {
    start: Math.max(view.sentence.span.start, mention.span.start - length),
    end: mention.span.start,
  });
}

const AND = /^\s*(?:,|et|and|ainsi que|as well as)\s*(?:(?:le|la|les|l'|the)\s*)?$/u;

/** The mention and those coordinated after it: "Moscou et Pyongyang", "the US and the EU". */
export function coordinated(
  view: SentenceView,
  first: LinkedMention,
  query: RoleQuery,
): LinkedMention[] {
  const group = [first];
  for (const next of mentionsFor(view, query).filter((m) => m.span.start >= first.span.end)) {
    const last = group[group.length - 1]!;
    const gap = foldedSlice(view, { start: last.span.end, end: next.span.start });
    if (!AND.test(gap)) break;
    group.push(next);
  }
  return group;
}

/** Same entity, or the force of the same country: a claim never links a thing to itself. */
export function sameSide(a: LinkedMention | null, b: LinkedMention | null): boolean {
  if (!a || !b) return false;
  if (a.entity.id === b.entity.id) return true;
  const countryA = a.entity.kind === 'COUNTRY' ? a.entity.id : a.country?.id;
  const countryB = b.entity.kind === 'COUNTRY' ? b.entity.id : b.country?.id;
  return countryA !== undefined && countryA === countryB;
}
