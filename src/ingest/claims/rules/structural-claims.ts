import type { EntityKind } from '../../../domain/entity';
import type { Predicate } from '../../../domain/predicates';
import type { LinkedMention } from '../../linked-mention';
import type { Proposal } from '../claim-draft';
import type { ClaimRule } from '../rule-context';
import type { SentenceView } from '../sentence-view';
import { foldedSlice } from '../sentence-view';

const INSTITUTIONS: readonly EntityKind[] = ['ORGANIZATION', 'ARMED_FORCE'];

/** Gaps between two names that make the first part of the second. */
const OF = /^\)?\s*(?:de la|du|des|de l'|d'|de|of the|of)\s*$/u;
/** "the Open Source Centre, a British research group": where an organisation is based. */
const BASED_IN = /^\s*,\s*(?:a|an|un|une)\s+$/u;
const MEMBER_AFTER = /^\s+(?:member|members|membre|membres)(?!\p{L})/u;
const IN = /^\s*,?\s*(?:en|au|aux|dans|in|dans la region de|\()\s*(?:(?:la|le|l'|the)\s*)?$/u;
/** "Kidal, bastion des rebelles dans le nord du Mali", "Vostochny, a port in Russia's east". */
const DESCRIBED_IN =
  /^\s*,\s*[^,;]{0,60}?(?<!\p{L})(?:dans|en|in)\s+(?:(?:le|la|l'|the)\s*)?(?:(?:nord|sud|est|ouest|centre|north|south|east|west|northern|southern|eastern|western)\s+(?:du|de la|de l'|de|d'|of)?\s*)?(?:(?:la|le|l'|the)\s*)?$/u;
const POSSESSIVE = /^['’]s\s*$/u;
const PLACE_OF = /^\s+(?:port\s+)?(?:city|town|village|region|port|province)\s+(?:of)\s*$/u;
const PLACE_NOUN_BEFORE = /(?<!\p{L})(?:ville|port|region|village|province|localite)\s+$/u;
const MEMBER =
  /^\s*,?\s*(?:(?:un|une|a|an|pays|state|country)\s+)*(?:membre|member)s?(?:\s+(?:de l'|de la|du|des|de|of the|of))?\s*$/u;
const MEMBER_BEFORE = /^\s+(?:member|members|member state|member states)\s*$/u;
const CAPITAL =
  /^\s*,\s*(?:la\s+|the\s+)?(?:capitale|capital)(?:\s+(?:de la|du|de l'|de|of))?\s*$/u;

function gap(view: SentenceView, a: LinkedMention, b: LinkedMention): string {
  return foldedSlice(view, { start: a.span.end, end: b.span.start });
}

function propose(
  subject: LinkedMention,
  predicate: Predicate,
  object: LinkedMention,
  weak = false,
): Proposal {
  return {
    subject: subject.entity,
    predicate,
    object: object.entity,
    trigger: subject.span,
    confidence: weak ? 0.7 : 0.85,
    weak,
  };
}

/**
 * Background facts read off how things are named, stated by the article
 * itself: a nationality inside an institution's name ("forces
 * ukrainiennes", "ministère américain de la Défense") makes it PART_OF that
 * country — not for names of people ("soldats nord-coréens"); "le Conseil de
 * sécurité nationale de la Maison-Blanche" is PART_OF; "la région de Koursk,
 * en Russie" and "Russia's Kursk region" are LOCATED_IN; "X, membre de
 * l'OTAN" is MEMBER_OF; "Kyiv, the capital of Ukraine" is CAPITAL_OF.
 */
export const structuralClaims: ClaimRule = ({ view }) => {
  const proposals: Proposal[] = [];
  const top = view.mentions.filter((m) => !m.nested);
  for (const mention of top) {
    const inner = view.mentions.filter(
      (n) =>
        n.nested &&
        n.entity.kind === 'COUNTRY' &&
        mention.span.start <= n.span.start &&
        n.span.end <= mention.span.end,
    );
    for (const country of inner.slice(0, 1)) {
      // "soldats nord-coréens" names people of the force: weaker evidence than "armée nord-coréenne".
      if (INSTITUTIONS.includes(mention.entity.kind))
        proposals.push(propose(mention, 'PART_OF', country, mention.personnel));
      if (mention.entity.kind === 'LOCATION')
        proposals.push(propose(mention, 'LOCATED_IN', country));
    }
  }
  for (let i = 0; i + 1 < top.length; i += 1) {
    const a = top[i]!;
    const b = top[i + 1]!;
    const between = gap(view, a, b);
    const kindA = a.entity.kind;
    const kindB = b.entity.kind;
    if (
      INSTITUTIONS.includes(kindA) &&
      (kindB === 'ORGANIZATION' || kindB === 'COUNTRY') &&
      OF.test(between) &&
      !a.personnel
    ) {
      proposals.push(propose(a, 'PART_OF', b));
    }
    // English compounds: "UN Security Council", "US State Department".
    if (
      (kindA === 'ORGANIZATION' || kindA === 'COUNTRY') &&
      kindB === 'ORGANIZATION' &&
      /^ $/u.test(between)
    ) {
      proposals.push(propose(b, 'PART_OF', a));
    }
    if (kindA === 'ORGANIZATION' && kindB === 'COUNTRY' && BASED_IN.test(between))
      proposals.push(propose(a, 'LOCATED_IN', b));
    const next = top[i + 2];
    if (
      kindB === 'ORGANIZATION' &&
      (kindA === 'COUNTRY' || kindA === 'ORGANIZATION') &&
      /^\s*,\s*(?:(?:a|an|the|un|une|l'|le|la)\s*)?$/u.test(between) &&
      MEMBER_AFTER.test(
        foldedSlice(view, { start: b.span.end, end: next?.span.start ?? view.sentence.span.end }),
      )
    ) {
      proposals.push(propose(a, 'MEMBER_OF', b));
    }
    if (
      kindA === 'LOCATION' &&
      (kindB === 'COUNTRY' || kindB === 'LOCATION') &&
      (IN.test(between) || DESCRIBED_IN.test(between))
    ) {
      proposals.push(propose(a, 'LOCATED_IN', b));
    }
    if (POSSESSIVE.test(between)) {
      // "Russia's Kursk region", "South Korea's National Intelligence Service", "the Treasury Department's OFAC".
      if (kindA === 'COUNTRY' && kindB === 'LOCATION') proposals.push(propose(b, 'LOCATED_IN', a));
      if (
        (kindA === 'COUNTRY' || kindA === 'ORGANIZATION') &&
        INSTITUTIONS.includes(kindB) &&
        !b.personnel
      ) {
        proposals.push(propose(b, 'PART_OF', a));
      }
    }
    // "the Russian port city of Vladivostok", "la ville russe de Koursk".
    if (
      kindA === 'COUNTRY' &&
      a.via === 'demonym' &&
      kindB === 'LOCATION' &&
      PLACE_OF.test(between)
    ) {
      proposals.push(propose(b, 'LOCATED_IN', a));
    }
    if (
      kindA === 'COUNTRY' &&
      a.via === 'demonym' &&
      kindB === 'LOCATION' &&
      /^\s*(?:de|d')\s*$/u.test(between) &&
      PLACE_NOUN_BEFORE.test(
        foldedSlice(view, {
          start: Math.max(view.sentence.span.start, a.span.start - 12),
          end: a.span.start,
        }),
      )
    ) {
      proposals.push(propose(b, 'LOCATED_IN', a));
    }
    if (
      kindB === 'ORGANIZATION' &&
      (kindA === 'COUNTRY' || kindA === 'ORGANIZATION' || kindA === 'PERSON') &&
      MEMBER.test(between)
    ) {
      proposals.push(propose(a, 'MEMBER_OF', b));
    }
    if (
      kindA === 'ORGANIZATION' &&
      (kindB === 'COUNTRY' || kindB === 'ORGANIZATION') &&
      MEMBER_BEFORE.test(between)
    ) {
      proposals.push(propose(b, 'MEMBER_OF', a));
    }
    if (kindA === 'LOCATION' && kindB === 'COUNTRY' && CAPITAL.test(between))
      proposals.push(propose(a, 'CAPITAL_OF', b));
  }
  return proposals;
};
