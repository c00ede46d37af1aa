import type { Request, RequestHandler } from 'express';
import type { Editor } from '../domain/access-key';
import { hashAccessKey } from '../domain/access-key';
import { KgError } from '../domain/errors';
import type { GraphStore } from '../store/graph-store';
import { isEditorRequest } from './editor-key';
import { sendJsonError } from './http-errors';

/** The name the history gives the configured editor key (KG_EDITOR_KEY or the data folder's file). */
export const CONFIGURED_EDITOR = 'editor-key';
/** The name the history would give the configured read key; it can change nothing. */
export const CONFIGURED_READER = 'read-key';

export interface AccessSettings {
  /** The configured editor key, always valid beside the stored keys. */
  readonly editorKey: string;
  /** KG_READ_KEY: a shared key for reading, when reads are closed. */
  readonly readKey?: string;
  /** Reads need a key (any valid key: reader or editor). False: anyone may read, as by default. */
  readonly closedReads: boolean;
}

function bearer(authorization: string | undefined): string | null {
  return /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1] ?? null;
}

/**
 * Who the request acts as: the configured editor or read key, else a stored
 * key that is not revoked (looked up by its hash), else nobody.
 */
export async function identify(
  authorization: string | undefined,
  settings: AccessSettings,
  store: GraphStore,
): Promise<Editor | null> {
  const key = bearer(authorization);
  if (key === null) return null;
  if (isEditorRequest(authorization, settings.editorKey)) {
    return { name: CONFIGURED_EDITOR, role: 'EDITOR' };
  }
  if (settings.readKey && isEditorRequest(authorization, settings.readKey)) {
    return { name: CONFIGURED_READER, role: 'READER' };
  }
  const stored = await store.accessKeyByHash(hashAccessKey(key));
  return stored && stored.revokedAt === null ? { name: stored.name, role: stored.role } : null;
}

export interface AccessGate {
  readonly handler: RequestHandler;
}

/** Who the gate found each request it let through to come from. */
const senders = new WeakMap<Request, Editor>();

/**
 * Who sent the request, when the gate had to find out (closed reads), so
 * that the endpoint does not look the key up a second time; undefined
 * where reads are open and the gate looked nothing up.
 */
export function senderFoundByGate(req: Request): Editor | undefined {
  return senders.get(req);
}

/**
 * Where reads are closed, answers a GraphQL request without a valid key
 * itself, with 401 UNAUTHENTICATED, before it reaches the GraphQL endpoint,
 * and hands on who sent the others (`senderFoundByGate`); where they are
 * open it lets every request through without a lookup, and the endpoint
 * finds who sends it (`identify`). The schema checks the roles (`@Authorized`).
 */
export function accessGate(settings: AccessSettings, store: GraphStore): AccessGate {
  return {
    handler: (req, res, next) => {
      if (!settings.closedReads) {
        next();
        return;
      }
      identify(req.headers.authorization, settings, store).then(
        (editor) => {
          if (editor === null) {
            sendJsonError(
              res,
              401,
              'UNAUTHENTICATED',
              'This server needs a key to read: send the header "Authorization: Bearer <key>" with a reader or editor key (`kg keys create`, or KG_READ_KEY). Unknown and revoked keys count as none.',
            );
            return;
          }
          senders.set(req, editor);
          next();
        },
        (error: unknown) => {
          if (error instanceof KgError) {
            sendJsonError(res, 503, error.code, error.message, error.details);
            return;
          }
          next(error);
        },
      );
    },
  };
}
