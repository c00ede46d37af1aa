import type { Proposal } from '../claim-draft';
import { segmentAt } from '../clause-segments';
import { compileCues } from '../cue';
import type { ClaimRule } from '../rule-context';
import { ACTORS, firstAfter, mentionsFor, sameSide, subjectOf } from '../roles';
import { cuesIn, foldedSlice } from '../sentence-view';
import { triggerCues } from '../trigger-cues';

/** "fighting alongside", "combattre pour", "fighting in Kursk": not against whoever comes next. */
const NOT_AGAINST =
  /^\s*(?:alongside|aux cotes|pour|for|on behalf|on the side|in|dans|en|au|aux|near|pres|a|at|with|avec)(?!\p{L})/u;

/**
 * AT_WAR_WITH: a fighting word ("en combattant", "guerre contre", "contrer
 * l'offensive", "fighting") between the first actor of its clause and the
 * next actor after it — a nationality counts ("l'offensive ukrainienne"), so
 * does a country inside a name ("la guerre contre l'Ukraine").
 */
export const warClaims: ClaimRule = (context) => {
  const { view, content, segments } = context;
  const proposals: Proposal[] = [];
  for (const hit of cuesIn(view, triggerCues('AT_WAR_WITH'), content)) {
    const after = foldedSlice(view, { start: hit.span.end, end: content.end });
    if (NOT_AGAINST.test(after)) continue;
    const segment = segmentAt(segments, hit.span.start)!;
    const subject = subjectOf(context, ACTORS, segment, hit.span.start);
    if (!subject) continue;
    const object = firstAfter(
      view,
      { kinds: ACTORS, within: segment, nested: true, not: [subject.entity.id] },
      hit.span.end,
    );
    if (!object || sameSide(subject, object)) continue;
    const location =
      mentionsFor(view, { kinds: ['LOCATION'], within: view.sentence.span })[0]?.entity ?? null;
    proposals.push({
      subject: subject.entity,
      predicate: 'AT_WAR_WITH',
      object: object.entity,
      location,
      trigger: hit.span,
      confidence: 0.7,
    });
  }
  return proposals;
};

/**
 * "la guerre d'agression russe contre l'Ukraine", "Russia's war against
 * Ukraine": a war named with the countries on each side of "contre" /
 * "against" states that the first is at war with the second.
 */
export const namedWarClaims: ClaimRule = ({ view, content }) => {
  const proposals: Proposal[] = [];
  const wars = mentionsFor(view, { kinds: ['EVENT'], within: content });
  for (const war of wars) {
    const against = /(?<!\p{L})(?:contre|against)(?!\p{L})/u.exec(foldedSlice(view, war.span));
    if (!against) continue;
    const pivot = war.span.start + against.index;
    const inside = mentionsFor(view, { kinds: ['COUNTRY'], within: war.span, nested: true });
    const attacker = inside.filter((m) => m.span.end <= pivot).pop();
    const attacked = inside.find((m) => m.span.start >= pivot);
    if (!attacker || !attacked || sameSide(attacker, attacked)) continue;
    proposals.push({
      subject: attacker.entity,
      predicate: 'AT_WAR_WITH',
      object: attacked.entity,
      trigger: war.span,
      confidence: 0.7,
    });
  }
  return proposals;
};

/** Words saying a force fights without naming for whom: it continues what the article said. */
const WITHOUT_OBJECT = compileCues([
  'premiere ligne',
  'role actif',
  'front line',
  'frontline',
  'combat role',
  'active combat',
  'active role',
]);

/**
 * FIGHTS_FOR: "pour atteindre les objectifs de", "au profit de", "aux côtés
 * de", "fighting for", "alongside" between the armed force of the clause and
 * the country or organisation after it. "Un rôle actif en première ligne"
 * names no one: the force fights for whom the article last said it did.
 */
export const fightsForClaims: ClaimRule = ({ view, content, segments, memory }) => {
  const proposals: Proposal[] = [];
  const hits = [
    ...cuesIn(view, triggerCues('FIGHTS_FOR'), content).map((hit) => ({ hit, named: true })),
    ...cuesIn(view, WITHOUT_OBJECT, content).map((hit) => ({ hit, named: false })),
  ];
  for (const { hit, named } of hits) {
    const segment = segmentAt(segments, hit.span.start)!;
    const force = mentionsFor(view, {
      kinds: ['ARMED_FORCE'],
      within: { start: segment.start, end: hit.span.start },
    })[0];
    if (!force) continue;
    const object = named
      ? firstAfter(
          view,
          {
            kinds: ['COUNTRY', 'ORGANIZATION'],
            within: segment,
            nested: true,
            not: [force.entity.id],
          },
          hit.span.end,
        )
      : null;
    if (object && sameSide(force, object)) continue;
    const target =
      object?.entity ?? (named ? null : (memory.fightsFor.get(force.entity.id) ?? null));
    if (!target) continue;
    proposals.push({
      subject: force.entity,
      predicate: 'FIGHTS_FOR',
      object: target,
      trigger: hit.span,
      confidence: named ? 0.75 : 0.5,
    });
  }
  return proposals;
};
