/**
 * The design's eight questions, then a dashboard's and an analyst's first
 * views (claims per day, contested relations), as operations on the seeded
 * graph. The IDE opens with them, the README shows them, and the end-to-end
 * tests run them, so the three never drift apart. Ids are stable: kind and
 * canonical name.
 */
export interface ExampleOperation {
  readonly name: string;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
}

const CLAIM_EVIDENCE = `modality
      attributedTo { name }
      reportedBy { name }
      channel
      time { from to }
      sentence
      article { title publishedAt }`;

export const EXAMPLE_OPERATIONS: readonly ExampleOperation[] = [
  {
    name: '1. Spokespeople',
    query: `# Who are the spokespeople, and for whom do they speak?
query Spokespeople {
  claims(filter: { predicates: [SPOKESPERSON_OF] }) {
    edges {
      node {
        subject { name }
        object {
          name
          partOf: relations(direction: OUT, predicates: [PART_OF]) {
            edges { node { object { name } } }
          }
        }
        sentence
      }
    }
  }
}`,
  },
  {
    name: '2. North Korea to Ukraine',
    query: `# How is North Korea connected to Ukraine?
query NorthKoreaToUkraine($from: ID!, $to: ID!) {
  paths(fromId: $from, toId: $to, maxHops: 3, first: 20) {
    length
    steps {
      forward
      relation {
        subject { name }
        predicate
        object { name }
        modality
        claims(first: 3) { edges { node { attributedTo { name } sentence } } }
      }
    }
  }
}`,
    variables: { from: 'country:north-korea', to: 'country:ukraine' },
  },
  {
    name: '3. Who confirmed the losses',
    query: `# Who confirmed North Korean losses, through which channel, who relayed it, and when?
query LossesConfirmed($army: ID!) {
  claims(filter: { subjectId: $army, predicates: [SUFFERED_LOSSES_IN, AT_WAR_WITH] }) {
    edges {
      node {
        predicate
        object { name }
        ${CLAIM_EVIDENCE}
      }
    }
  }
}`,
    variables: { army: 'armed_force:korean-people-s-army' },
  },
  {
    name: '4. Where, and who controls it',
    query: `# Where did the losses occur, and who controls that area?
query WhereLosses($army: ID!) {
  relations(filter: { subjectId: $army, predicates: [SUFFERED_LOSSES_IN] }) {
    edges {
      node {
        object {
          name
          kind
          around: relations(predicates: [LOCATED_IN, CONTROLS]) {
            edges {
              node {
                subject { name }
                predicate
                object { name }
                claims(first: 1) { edges { node { sentence } } }
              }
            }
          }
        }
      }
    }
  }
}`,
    variables: { army: 'armed_force:korean-people-s-army' },
  },
  {
    name: '5. How many soldiers were sent',
    query: `# How many North Korean soldiers were sent to Russia, according to whom?
query TroopsSent {
  claims(filter: { predicates: [DEPLOYED_TO] }) {
    edges {
      node {
        subject { name }
        object { name }
        quantity { min max unit }
        ${CLAIM_EVIDENCE}
      }
    }
  }
}`,
  },
  {
    name: '6. What Russia gave in exchange',
    query: `# What did Russia reportedly give North Korea in exchange?
query RussiaSupplies($russia: ID!) {
  claims(filter: { subjectId: $russia, predicates: [SUPPLIES] }) {
    edges {
      node {
        object { name }
        item { name }
        ${CLAIM_EVIDENCE}
      }
    }
  }
}`,
    variables: { russia: 'country:russia' },
  },
  {
    name: '7. The US response',
    query: `# What did the United States announce in response, and who said it?
query UsResponse {
  claims(filter: { predicates: [SANCTIONS] }) {
    edges {
      node {
        subject { name }
        object { name }
        ${CLAIM_EVIDENCE}
      }
    }
  }
}`,
  },
  {
    name: '8. Who has not reacted',
    query: `# Who has not reacted? The mentions keep the words the article used (capitals for states).
query NoReaction {
  claims(filter: { predicates: [STATED_NO_COMMENT] }) {
    edges {
      node {
        subject { name kind }
        objectValue
        mentions { surface entity { name } }
        sentence
      }
    }
  }
}`,
  },
  {
    name: 'Dashboard: claims per day',
    query: `# Claims per day of publication by modality, counted by the store; the latest claims stored.
query ClaimsPerDay {
  timeline(bucket: DAY, by: MODALITY, time: PUBLISHED) {
    buckets { start key count }
    truncated
  }
  latest: claims(last: 5, orderBy: INGESTED_ASC) {
    edges { node { predicate modality ingestedAt sentence } }
  }
}`,
  },
  {
    name: 'Contested relations',
    query: `# Which relations do some claims state and others deny, and which sources stand behind them?
query ContestedRelations {
  relations(filter: { contested: true }) {
    totalCount
    edges {
      node {
        subject { name }
        predicate
        object { name }
        supporting
        denying
        independentSources
        claimsByModality { key count }
        sources(first: 5, claimsEach: 1) {
          kind
          publisher
          entity { name }
          claimCount
          claims { modality sentence }
        }
      }
    }
  }
}`,
  },
  {
    name: 'Search in any language',
    query: `query Search($text: String!) {
  search(text: $text, first: 5) {
    totalCount
    edges { node { id kind name labels { lang text } degree } }
  }
}`,
    variables: { text: 'coree du nord' },
  },
];
