import { InvalidInputError } from '../../domain/errors';

type JsonObject = Readonly<Record<string, unknown>>;

/**
 * Reads the fields of one JSON object of a hand-written file, throwing an
 * InvalidInputError that names the file and the field's path
 * (`facts[2].predicate`) — in the message and in `details` — and the fix.
 */
export class JsonFields {
  private readonly object: JsonObject;

  constructor(
    readonly file: string,
    readonly path: string,
    value: unknown,
  ) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw this.error(path, `must be a JSON object, not ${JSON.stringify(value)}`);
    this.object = value as JsonObject;
  }

  error(field: string, problem: string): InvalidInputError {
    return new InvalidInputError(`${this.file}: "${field || '(top level)'}" ${problem}.`, {
      file: this.file,
      field,
    });
  }

  at(name: string): string {
    return this.path === '' ? name : `${this.path}.${name}`;
  }

  string(name: string): string {
    const value = this.object[name];
    if (typeof value !== 'string' || value.trim() === '')
      throw this.error(this.at(name), `is missing or empty; give a non-empty string`);
    return value;
  }

  optionalString(name: string): string | null {
    const value = this.object[name];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') throw this.error(this.at(name), `must be a string or null`);
    return value;
  }

  /** One of `allowed`; the message lists them. */
  choice<T extends string>(name: string, allowed: readonly T[]): T {
    const value = this.object[name];
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
      return value as T;
    throw this.error(
      this.at(name),
      `is ${value === undefined ? 'missing' : JSON.stringify(value)}; use one of ${allowed.join(', ')}`,
    );
  }

  /** A list of non-empty strings; null or absent reads as an empty list. */
  stringList(name: string): string[] {
    const value = this.object[name];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === ''))
      throw this.error(this.at(name), `must be a list of names, such as ["North Korea"]`);
    return value as string[];
  }

  /** The raw value, for nested objects and lists. */
  raw(name: string): unknown {
    return this.object[name];
  }
}
