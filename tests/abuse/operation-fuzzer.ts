import type {
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
} from 'graphql';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { encodeCursor } from '../../src/graphql/cursor';

const INTS = [0, 1, 2, 3, 5, 20, 99, 100, 101, 500, 501, -1, 2 ** 31 - 1, -(2 ** 31)];
const CURSORS = [
  ...[0, 1, 19, 99, 2 ** 31 - 103, 2 ** 31 - 102, 2 ** 31 - 1, 2 ** 31, 2 ** 53 - 1].map((offset) =>
    encodeCursor(offset),
  ),
  encodeCursor(0, 'INGESTED_DESC'),
  ...['kg:o:-5', 'kg:o:1e3', 'kg:o:0x10', 'kg:o: 5', 'kg:o:', 'kg:o:X:', 'kg:o:a_b:1'].map((text) =>
    Buffer.from(text).toString('base64url'),
  ),
  '',
  'garbage',
];
const STRINGS = [
  '',
  'russie',
  'Corée du Nord',
  'DPRK',
  'x'.repeat(201),
  '"\'\\',
  '%_*?[(',
  'AND OR NOT ~',
  '2024-12-17',
  '2024-13-45',
  'not-a-date',
  '🇺🇦 Україна',
];

/**
 * Random operations that are valid against the schema: fields chosen at
 * random (distinct within a selection set, so they never conflict),
 * arguments within their types but at their extremes (page sizes from -1 to
 * 2^31 - 1, cursors forged past any end, ids that exist and ids that do
 * not, strings with quotes, wildcards and emoji).
 */
export class OperationFuzzer {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly random: () => number,
    private readonly ids: readonly string[],
  ) {}

  query(): string {
    const root = this.schema.getQueryType()!;
    const fields = this.sample(Object.values(root.getFields()), 1 + this.below(3));
    return `{ ${fields.map((field, i) => `a${i}: ${this.field(field, 1)}`).join(' ')} }`;
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number): string {
    const args = field.args
      .filter((arg) => isNonNullType(arg.type) || this.random() < 0.5)
      .map((arg) => `${arg.name}: ${this.value(arg.type, arg.name)}`);
    const head = args.length > 0 ? `${field.name}(${args.join(', ')})` : field.name;
    const type = getNamedType(field.type);
    return isObjectType(type) ? `${head} { ${this.selection(type, depth + 1)} }` : head;
  }

  private selection(type: GraphQLObjectType, depth: number): string {
    const all = Object.values(type.getFields());
    const leaves = all.filter((field) => isLeafType(getNamedType(field.type)));
    const allowed = depth >= 5 ? leaves : all;
    const chosen = this.sample(allowed.length > 0 ? allowed : all, 1 + this.below(4));
    const typename = this.random() < 0.1 ? ['__typename'] : [];
    return [...chosen.map((field) => this.field(field, depth)), ...typename].join(' ');
  }

  private value(type: GraphQLInputType, name: string): string {
    if (isNonNullType(type)) return this.value(type.ofType, name);
    if (isListType(type)) {
      const items = Array.from({ length: this.below(4) }, () => this.value(type.ofType, name));
      return `[${items.join(', ')}]`;
    }
    if (isEnumType(type)) return this.pick(type.getValues()).name;
    if (isInputObjectType(type)) {
      const fields = this.sample(Object.values(type.getFields()), this.below(4));
      return `{ ${fields.map((field) => `${field.name}: ${this.value(field.type, field.name)}`).join(', ')} }`;
    }
    return this.scalar(type, name);
  }

  private scalar(type: GraphQLNamedType, name: string): string {
    switch (type.name) {
      case 'Int':
        return String(this.pick(INTS));
      case 'Float':
        return String(this.pick(INTS) / 3);
      case 'Boolean':
        return String(this.random() < 0.5);
      case 'ID':
        return JSON.stringify(this.pick(this.ids));
      default:
        return JSON.stringify(name === 'after' ? this.pick(CURSORS) : this.pick(STRINGS));
    }
  }

  private below(n: number): number {
    return Math.floor(this.random() * n);
  }

  private pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)]!;
  }

  private sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0)
      chosen.push(pool.splice(this.below(pool.length), 1)[0]!);
    return chosen;
  }
}
