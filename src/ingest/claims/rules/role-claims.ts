import type { EntityKind } from '../../../domain/entity';
import type { Span } from '../../../domain/mention';
import type { Predicate } from '../../../domain/predicates';
import type { LinkedMention } from '../../linked-mention';
import { appositions } from '../appositions';
import type { Proposal } from '../claim-draft';
import { compileCues } from '../cue';
import type { ClaimRule } from '../rule-context';
import type { SentenceView } from '../sentence-view';
import { cuesIn, foldedSlice } from '../sentence-view';

/** Role nouns and the predicate they state; `countryOk`: a nationality alone is enough ("le président russe"). */
const ROLES: readonly { predicate: Predicate; countryOk: boolean; cues: readonly string[] }[] = [
  {
    predicate: 'SPOKESPERSON_OF',
    countryOk: true,
    cues: ['porte-parole', 'spokesperson', 'spokesman', 'spokeswoman', 'press secretary'],
  },
  {
    predicate: 'LEADER_OF',
    countryOk: true,
    cues: [
      'president',
      'presidente',
      'premier ministre',
      'prime minister',
      'leader',
      'dirigeant',
      'dirigeante',
      'chancelier',
      'chancellor',
      'roi',
      'king',
      "chef de l'etat",
      'head of state',
      'qui dirige',
      'who heads',
      'who leads',
      'qui est a la tete',
      'a la tete',
    ],
  },
  {
    predicate: 'LEADER_OF',
    countryOk: false,
    cues: [
      'chef',
      'cheffe',
      'head',
      'ministre',
      'minister',
      'directeur',
      'directrice',
      'director',
      'commandant',
      'commander',
      'secretaire general',
      'secretary general',
      'secretary-general',
    ],
  },
];

const COMPILED = ROLES.map((role) => ({ ...role, compiled: compileCues(role.cues) }));
const OBJECT_KINDS: readonly EntityKind[] = ['ORGANIZATION', 'COUNTRY', 'ARMED_FORCE'];
/** What may stand between a role and the name it describes: articles, prepositions, titles, commas. */
const FILLER =
  /^[\s,]*(?:(?:de la|du|des|de l'|d'|de|of the|of|for the|for|at the|at|le|la|les|l'|the|m|mme|mr|mrs|ms|dr|gen|maj|lt|col|adm|brig|general|\.)[\s,.]*)*$/u;

/**
 * SPOKESPERSON_OF and LEADER_OF from how a person is introduced: in an
 * apposition ("Pat Ryder, porte-parole du Pentagone", "John Kirby,
 * spokesperson for the National Security Council") or before the name
 * ("le porte-parole du Kremlin, Dmitri Peskov", "Kremlin spokesman Dmitry
 * Peskov", "Russian President Vladimir Putin"). The object is the first
 * organisation named with the role; ministers and directors lead an
 * organisation, never a whole country.
 */
export const roleClaims: ClaimRule = ({ view }) => {
  const proposals: Proposal[] = [];
  const people = view.mentions.filter((m) => !m.nested && m.entity.kind === 'PERSON');
  const apposed = appositions(view);
  for (const person of people) {
    const apposition = apposed.find((a) => a.start === person.span.end);
    const found = (apposition && roleIn(view, apposition)) ?? roleBefore(view, person);
    if (found)
      proposals.push({
        subject: person.entity,
        predicate: found.predicate,
        object: found.object.entity,
        trigger: person.span,
        confidence: 0.85,
      });
  }
  return proposals;
};

/** The role an apposition gives: its organisation after the role noun ("spokesman for the NSC"), else before it ("the White House national security spokesman"). */
function roleIn(
  view: SentenceView,
  span: Span,
): { predicate: Predicate; object: LinkedMention } | null {
  for (const role of COMPILED) {
    const hit = cuesIn(view, role.compiled, span)[0];
    if (!hit) continue;
    const object =
      objectsIn(view, role.countryOk, { start: hit.span.end, end: span.end })[0] ??
      objectsIn(view, role.countryOk, { start: span.start, end: hit.span.start }).pop();
    if (object) return { predicate: role.predicate, object };
  }
  return null;
}

function objectsIn(view: SentenceView, countryOk: boolean, span: Span): LinkedMention[] {
  const kinds = countryOk ? OBJECT_KINDS : OBJECT_KINDS.filter((k) => k !== 'COUNTRY');
  return view.mentions.filter(
    (m) =>
      kinds.includes(m.entity.kind) &&
      span.start <= m.span.start &&
      m.span.end <= span.end &&
      !(m.nested && !countryOk),
  );
}

function roleBefore(
  view: SentenceView,
  person: LinkedMention,
): { predicate: Predicate; object: LinkedMention } | null {
  const window: Span = {
    start: Math.max(view.sentence.span.start, person.span.start - 90),
    end: person.span.start,
  };
  for (const role of COMPILED) {
    const hit = cuesIn(view, role.compiled, window).pop();
    if (!hit) continue;
    const between = view.mentions.filter(
      (m) => !m.nested && m.span.start >= hit.span.end && m.span.end <= person.span.start,
    );
    if (!fillerOnly(view, { start: hit.span.end, end: person.span.start }, between)) continue;
    const after = between.find(
      (m) =>
        OBJECT_KINDS.includes(m.entity.kind) && (role.countryOk || m.entity.kind !== 'COUNTRY'),
    );
    const before = view.mentions
      .filter(
        (m) =>
          !m.nested &&
          m.span.end <= hit.span.start &&
          /^\s*$/u.test(foldedSlice(view, { start: m.span.end, end: hit.span.start })),
      )
      .find(
        (m) =>
          OBJECT_KINDS.includes(m.entity.kind) && (role.countryOk || m.entity.kind !== 'COUNTRY'),
      );
    const object = after ?? before;
    if (object) return { predicate: role.predicate, object };
  }
  return null;
}

/** True when only names, articles, prepositions and titles stand in the span. */
function fillerOnly(view: SentenceView, span: Span, names: readonly LinkedMention[]): boolean {
  let text = '';
  let at = span.start;
  for (const name of names) {
    text += foldedSlice(view, { start: at, end: name.span.start }) + ' ';
    at = name.span.end;
  }
  text += foldedSlice(view, { start: at, end: span.end });
  return FILLER.test(text);
}
