/** The explorer's GraphQL operations and the shapes of their answers. */

export interface EntityNode {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly degree: number;
}

export interface RelationEdge {
  readonly id: string;
  readonly subjectId: string;
  readonly objectId: string | null;
  readonly predicate: string;
  readonly modality: string;
  readonly claimCount: number;
  readonly firstSeen: string;
  readonly lastSeen: string;
  /** Some claims state it and others deny it. */
  readonly contested: boolean;
  readonly supporting: number;
  readonly denying: number;
  readonly independentSources: number;
}

export interface Subgraph {
  readonly nodes: readonly EntityNode[];
  readonly edges: readonly RelationEdge[];
  readonly truncated: boolean;
}

const ENTITY_FIELDS = 'id name kind degree';
const RELATION_FIELDS =
  'id subjectId objectId predicate modality claimCount firstSeen lastSeen contested supporting denying independentSources';

export const SEARCH = `query ExplorerSearch($text: String!) {
  search(text: $text, first: 8) {
    edges { node { ${ENTITY_FIELDS} } }
  }
}`;

export interface SearchAnswer {
  readonly search: { readonly edges: readonly { readonly node: EntityNode }[] };
}

export const NEIGHBORHOOD = `query ExplorerNeighborhood($id: ID!, $depth: Int!, $limit: Int!) {
  neighborhood(entityId: $id, depth: $depth, limit: $limit) {
    truncated
    nodes { ${ENTITY_FIELDS} }
    edges { ${RELATION_FIELDS} }
  }
}`;

export interface NeighborhoodAnswer {
  readonly neighborhood: Subgraph;
}

const CLAIM_FIELDS = `id
        sentence
        sentenceSpan { start end }
        mentions { surface span { start end } entity { id } }
        modality
        attributedTo { name }
        reportedBy { name }
        channel
        quantity { min max unit }
        time { from to }
        article { title url publisher publishedAt }`;

export interface ClaimEvidence {
  readonly id: string;
  readonly sentence: string;
  readonly sentenceSpan: { readonly start: number; readonly end: number };
  readonly mentions: readonly {
    readonly surface: string;
    readonly span: { readonly start: number; readonly end: number };
    readonly entity: { readonly id: string };
  }[];
  readonly modality: string;
  readonly attributedTo: { readonly name: string } | null;
  readonly reportedBy: { readonly name: string } | null;
  readonly channel: string | null;
  readonly quantity: {
    readonly min: number | null;
    readonly max: number | null;
    readonly unit: string;
  } | null;
  readonly time: { readonly from: string | null; readonly to: string | null } | null;
  readonly article: {
    readonly title: string;
    readonly url: string | null;
    readonly publisher: string | null;
    readonly publishedAt: string;
  };
}

/** One distinct source behind a relation: a speaker, a relaying agency, a publisher or an article. */
export interface RelationSourceSummary {
  readonly kind: 'SPEAKER' | 'AGENCY' | 'PUBLISHER' | 'ARTICLE';
  readonly claimCount: number;
  readonly entity: { readonly id: string; readonly name: string } | null;
  readonly publisher: string | null;
  readonly article: { readonly title: string; readonly url: string | null } | null;
}

export const SOURCE_FIELDS = 'kind claimCount entity { id name } publisher article { title url }';

export interface RelationDetail {
  readonly id: string;
  readonly predicate: string;
  readonly modality: string;
  readonly claimCount: number;
  readonly contested: boolean;
  readonly supporting: number;
  readonly denying: number;
  readonly independentSources: number;
  readonly sources: readonly RelationSourceSummary[];
  readonly subject: { readonly id: string; readonly name: string };
  readonly object: { readonly id: string; readonly name: string } | null;
  readonly objectValue: string | null;
  readonly claims: { readonly edges: readonly { readonly node: ClaimEvidence }[] };
}

/** Claims read for the edge panel: enough to show both sides of most contested relations. */
export const RELATION_CLAIMS_SHOWN = 40;

export const RELATION_CLAIMS = `query ExplorerRelationClaims($id: ID!) {
  relation(id: $id) {
    id predicate modality claimCount objectValue
    contested supporting denying independentSources
    sources(first: 20, claimsEach: 0) { ${SOURCE_FIELDS} }
    subject { id name }
    object { id name }
    claims(first: ${RELATION_CLAIMS_SHOWN}) {
      edges { node {
        ${CLAIM_FIELDS}
      } }
    }
  }
}`;

export interface RelationClaimsAnswer {
  readonly relation: RelationDetail | null;
}

export const PATHS = `query ExplorerPaths($from: ID!, $to: ID!, $maxHops: Int!) {
  paths(fromId: $from, toId: $to, maxHops: $maxHops, first: 5) {
    length
    steps {
      forward
      relation {
        ${RELATION_FIELDS}
        subject { ${ENTITY_FIELDS} }
        object { ${ENTITY_FIELDS} }
        claims(first: 2) { edges { node {
          ${CLAIM_FIELDS}
        } } }
      }
    }
  }
}`;

export interface PathRelation extends RelationEdge {
  readonly subject: EntityNode;
  readonly object: EntityNode | null;
  readonly claims: { readonly edges: readonly { readonly node: ClaimEvidence }[] };
}

export interface PathsAnswer {
  readonly paths: readonly {
    readonly length: number;
    readonly steps: readonly { readonly forward: boolean; readonly relation: PathRelation }[];
  }[];
}
