import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { InvalidInputError } from './errors';

/**
 * What a key lets its holder do: an EDITOR reads and changes the graph, a
 * READER only reads (which matters where reads are closed, KG_READ_ACCESS).
 */
export const ROLES = ['EDITOR', 'READER'] as const;
export type Role = (typeof ROLES)[number];

/** A named key as the store keeps it: never the key itself, only its hash. */
export interface AccessKey {
  readonly id: string;
  /** Who holds it; unique among keys. It names the editor in the change history. */
  readonly name: string;
  readonly role: Role;
  /** ISO 8601 UTC date-times. */
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

export interface StoredAccessKey extends AccessKey {
  /** hashAccessKey of the key. */
  readonly hash: string;
}

/** Who a request acts as: the holder of a stored key, or of a configured one. */
export interface Editor {
  readonly name: string;
  readonly role: Role;
}

/**
 * SHA-256 of the key. Keys are 32 random bytes, so a fast hash is enough:
 * nobody can guess one from its hash, and lookups by hash stay cheap.
 */
export function hashAccessKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

const NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._@-]{0,63}$/u;

export function checkKeyName(name: string): string {
  const trimmed = name.trim();
  if (!NAME.test(trimmed)) {
    throw new InvalidInputError(
      `A key name is 1 to 64 letters, digits, spaces or . _ @ - (starting with a letter or digit); got "${name.slice(0, 80)}".`,
      { name },
    );
  }
  return trimmed;
}

export function parseRole(text: string): Role {
  const role = text.toUpperCase();
  if (!(ROLES as readonly string[]).includes(role)) {
    throw new InvalidInputError(`A role is editor or reader; got "${text}".`, { role: text });
  }
  return role as Role;
}

/** A new key: the secret to hand over once, and what the store keeps. */
export function newAccessKey(
  name: string,
  role: Role,
  now: Date,
): { readonly key: string; readonly stored: StoredAccessKey } {
  const key = `kg_${randomBytes(32).toString('base64url')}`;
  return {
    key,
    stored: {
      id: `key:${randomUUID()}`,
      name: checkKeyName(name),
      role,
      createdAt: now.toISOString(),
      revokedAt: null,
      hash: hashAccessKey(key),
    },
  };
}
