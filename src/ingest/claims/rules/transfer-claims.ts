import type { Proposal } from '../claim-draft';
import { segmentAt } from '../clause-segments';
import { compileCues } from '../cue';
import type { ClaimRule } from '../rule-context';
import {
  ACTORS,
  clauseSubject,
  firstAfter,
  mentionsFor,
  sameSide,
  subjectOf,
  textBefore,
} from '../roles';
import { cuesIn, foldedSlice } from '../sentence-view';
import { triggerCues } from '../trigger-cues';

/** Before the receiving party: "à la Corée du Nord", "to Russia". */
const TO = /(?<!\p{L})(?:a|au|aux|to|for|vers|pour)\s*(?:(?:la|le|les|l'|the)\s*)?$/u;
/** Before the destination of troops: "en Russie", "to Russia", "into Ukraine". */
const INTO =
  /(?<!\p{L})(?:en|au|aux|vers|dans|a|in|to|into|towards|sur le sol|on)\s*(?:(?:la|le|les|l'|the)\s*)?(?:(?:ouest|est|nord|sud|centre|extreme-orient)\s+(?:de la|du|de l'|de|d')\s*|(?:western|eastern|northern|southern|central|far)\s+)?$/u;
/** "ont rejoint la région de Koursk", "reached Kursk": the place is the direct object. */
const REACHED = /^(?:rejoint|rejoignent|atteint|reached|joined)$/u;
const PASSIVE_SUPPORT = /(?:par|by)$/u;
const VERBAL_SUPPORT = /^(?:arming|to arm)$/u;
/** Goods rather than troops: "sent any missiles to Russia" is a delivery. */
const TROOPS =
  /(?<!\p{L})(?:troops|soldiers|soldats|troupes|militaires|forces|units|unites)(?!\p{L})/u;
const GOODS =
  /(?<!\p{L})(?:missiles?|drones?|obus|shells|armes|weapons|munitions|ammunition|equipements?|equipment|materiel|petrole|oil|carburant|fuel)(?!\p{L})/u;
const RECEIVED = compileCues([
  'recu',
  'recus',
  'recoit',
  'recoivent',
  'received',
  'receives',
  'obtained',
  'acquired',
]);
const FROM = /(?<!\p{L})(?:de|du|des|d'|from|aupres de)\s*(?:(?:la|le|les|l'|the)\s*)?$/u;
const EXCHANGE = compileCues([
  'en echange de',
  'in exchange for',
  'in return for',
  'en contrepartie de',
]);
/** "En échange de cette aide militaire": the aid is what the supplies pay for (see suppliesClaims). */
const EXCHANGE_BEFORE =
  /(?<!\p{L})(?:en echange d[e']|in exchange for|in return for|en contrepartie d[e'])\s*(?:\p{L}+\s*)?$/u;
const ANAPHOR = /^\s*(?:cette|cet|ces|ce|this|that|these|such)(?!\p{L})/u;

/**
 * SUPPLIES: "A a fourni X à B", "A delivered X to B" (and "B a reçu X de A");
 * the item is the commodity the clause names. "En échange de cette aide
 * militaire, A aurait fourni X à B" also says B SUPPORTS_MILITARILY A, with
 * the modality of the sentence "cette" points back to.
 */
export const suppliesClaims: ClaimRule = (context) => {
  const { view, content, segments } = context;
  const proposals: Proposal[] = [];
  const commodity = (start: number, end: number) =>
    mentionsFor(view, { kinds: ['COMMODITY'], within: { start, end } })[0] ?? null;
  for (const hit of cuesIn(view, triggerCues('SUPPLIES'), content)) {
    const segment = segmentAt(segments, hit.span.start)!;
    const subject = subjectOf(context, ACTORS, segment, hit.span.start);
    if (!subject) continue;
    const after = mentionsFor(view, {
      kinds: ACTORS,
      within: { start: hit.span.end, end: segment.end },
      not: [subject.entity.id],
    });
    const object = after.find((m) => TO.test(textBefore(view, m))) ?? after[0];
    if (!object || sameSide(subject, object)) continue;
    const item = commodity(hit.span.end, segment.end) ?? commodity(segment.start, segment.end);
    // Supplying military aid is supporting militarily (the aid rule states it), not a delivery of goods.
    if (
      !item &&
      cuesIn(view, triggerCues('SUPPORTS_MILITARILY'), { start: hit.span.end, end: segment.end })
        .length > 0
    )
      continue;
    proposals.push({
      subject: subject.entity,
      predicate: 'SUPPLIES',
      object: object.entity,
      item: item?.entity ?? null,
      trigger: hit.span,
      quantityAnchor: item?.span ?? null,
      confidence: 0.75,
      fromSpeaker: context.speakers.includes(subject),
    });
    const exchange = cuesIn(view, EXCHANGE, content).find((e) => e.span.start < hit.span.start);
    const aid =
      exchange &&
      cuesIn(view, triggerCues('SUPPORTS_MILITARILY'), {
        start: exchange.span.end,
        end: exchange.span.end + 40,
      })[0];
    if (exchange && aid) {
      const anaphoric = ANAPHOR.test(
        foldedSlice(view, { start: exchange.span.end, end: aid.span.start }),
      );
      proposals.push({
        subject: object.entity,
        predicate: 'SUPPORTS_MILITARILY',
        object: subject.entity,
        trigger: aid.span,
        confidence: 0.6,
        inheritModality: anaphoric,
      });
    }
  }
  for (const hit of cuesIn(view, RECEIVED, content)) {
    const segment = segmentAt(segments, hit.span.start)!;
    const receiver = clauseSubject(view, { kinds: ACTORS, within: segment }, hit.span.start);
    const giver = mentionsFor(view, {
      kinds: ACTORS,
      within: { start: hit.span.end, end: segment.end },
    }).find((m) => FROM.test(textBefore(view, m)));
    if (!receiver || !giver || sameSide(receiver, giver)) continue;
    const item = commodity(hit.span.end, segment.end);
    proposals.push({
      subject: giver.entity,
      predicate: 'SUPPLIES',
      object: receiver.entity,
      item: item?.entity ?? null,
      trigger: hit.span,
      quantityAnchor: item?.span ?? null,
      confidence: 0.65,
    });
  }
  return proposals;
};

/** SUPPORTS_MILITARILY: "A fournit une aide militaire à B", "A's military support for B". */
export const supportClaims: ClaimRule = (context) => {
  const { view, content, segments } = context;
  const proposals: Proposal[] = [];
  for (const hit of cuesIn(view, triggerCues('SUPPORTS_MILITARILY'), content)) {
    const before = foldedSlice(view, {
      start: Math.max(content.start, hit.span.start - 30),
      end: hit.span.start,
    });
    if (EXCHANGE_BEFORE.test(before)) continue;
    const segment = segmentAt(segments, hit.span.start)!;
    const cue = foldedSlice(view, hit.span);
    const after = (not: string) =>
      mentionsFor(view, {
        kinds: ACTORS,
        within: { start: hit.span.end, end: segment.end },
        not: [not],
      });
    let subject;
    let object;
    if (PASSIVE_SUPPORT.test(cue)) {
      // "les soldats maliens ont été appuyés par des combattants du groupe Wagner": the agent supports.
      object = subjectOf(context, ACTORS, segment, hit.span.start);
      subject = object && after(object.entity.id)[0];
    } else {
      subject = subjectOf(context, ACTORS, segment, hit.span.start);
      // "arming Moscow" takes its object directly; "aide militaire à l'Ukraine" after "à".
      object =
        subject &&
        (VERBAL_SUPPORT.test(cue)
          ? after(subject.entity.id)[0]
          : after(subject.entity.id).find((m) => TO.test(textBefore(view, m))));
    }
    if (!subject || !object || sameSide(subject, object)) continue;
    proposals.push({
      subject: subject.entity,
      predicate: 'SUPPORTS_MILITARILY',
      object: object.entity,
      trigger: hit.span,
      confidence: 0.7,
      fromSpeaker: context.speakers.includes(subject),
    });
  }
  return proposals;
};

/**
 * DEPLOYED_TO: "l'envoi de 10 000 soldats nord-coréens en Russie", "North
 * Korea sent troops to Russia": the armed force near the word (or the
 * country of the clause) and the place it went to.
 */
export const deploymentClaims: ClaimRule = (context) => {
  const { view, content, segments } = context;
  const proposals: Proposal[] = [];
  for (const hit of cuesIn(view, triggerCues('DEPLOYED_TO'), content)) {
    const segment = segmentAt(segments, hit.span.start)!;
    const force =
      firstAfter(
        view,
        {
          kinds: ['ARMED_FORCE'],
          within: { start: hit.span.end, end: Math.min(segment.end, hit.span.end + 60) },
        },
        hit.span.end,
      ) ?? clauseSubject(view, { kinds: ['ARMED_FORCE'], within: segment }, hit.span.start);
    const subject = force ?? subjectOf(context, ['COUNTRY'], segment, hit.span.start);
    if (!subject) continue;
    const from = Math.max(hit.span.end, force?.span.end ?? 0);
    const direct = REACHED.test(foldedSlice(view, hit.span));
    const place = mentionsFor(view, {
      kinds: ['COUNTRY', 'LOCATION'],
      within: { start: from, end: segment.end },
      not: [subject.entity.id],
    })
      // "in the Russian port city of Vladivostok": the place is the city, not the nationality.
      .filter(
        (m, i, all) =>
          !(
            m.via === 'demonym' &&
            all[i + 1]?.entity.kind === 'LOCATION' &&
            all[i + 1]!.span.start - m.span.end < 30
          ),
      )
      .find((m) => (direct || INTO.test(textBefore(view, m, 40))) && !sameSide(subject, m));
    if (!place) continue;
    const between = foldedSlice(view, { start: hit.span.end, end: place.span.start });
    // Missiles sent to Russia are a delivery, not a deployment; "troops and military equipment" are both.
    const goods = !force && GOODS.test(between);
    const troops = force !== null || !goods || TROOPS.test(between);
    const base = {
      subject: subject.entity,
      object: place.entity,
      trigger: hit.span,
      fromSpeaker: context.speakers.includes(subject),
    };
    if (troops) {
      proposals.push({
        ...base,
        predicate: 'DEPLOYED_TO',
        quantityAnchor: force?.span ?? null,
        confidence: force ? 0.75 : 0.6,
      });
    }
    if (goods && place.entity.kind !== 'LOCATION')
      proposals.push({ ...base, predicate: 'SUPPLIES', confidence: 0.6 });
  }
  return proposals;
};
