import type { Writable } from 'node:stream';
import type { AccessKey } from '../domain/access-key';
import { newAccessKey, parseRole } from '../domain/access-key';
import type { GraphStore } from '../store/graph-store';
import { defineCommand, UsageError } from './command-args';

export const KEYS_COMMAND = defineCommand({
  name: 'keys',
  usage: `Usage: kg keys create --name <name> --role editor|reader
       kg keys list
       kg keys revoke <id|name>

Named keys for the GraphQL API, kept in the configured store (only their
hashes). An editor key may read and change the graph; each change is recorded
in the history under the key's name. A reader key may only read, which matters
where reads are closed (KG_READ_ACCESS=key or KG_READ_KEY). The key is printed
once, by create: keep it. A revoked key is refused from the next request on.

Options:
  --name <name>  who holds the key (create); unique, revoked keys included
  --role <role>  editor or reader (create)
  --help         show this message
`,
  options: { name: { type: 'string' }, role: { type: 'string' } },
  positionals: { min: 1, max: 2 },
});

type KeysValues = { readonly name?: string; readonly role?: string };

function describeKey(key: AccessKey): string {
  const state = key.revokedAt === null ? 'active' : `revoked ${key.revokedAt}`;
  return `${key.id}  ${key.name}  ${key.role.toLowerCase()}  created ${key.createdAt}  ${state}`;
}

/** Which subcommand, checked against its options before any store is opened. */
export function keysAction(
  values: KeysValues,
  positionals: readonly string[],
):
  | { readonly action: 'create'; readonly name: string; readonly role: string }
  | { readonly action: 'list' }
  | { readonly action: 'revoke'; readonly key: string } {
  const [action, target] = positionals;
  const refuse = (problem: string) => new UsageError(`kg keys ${problem}`, KEYS_COMMAND.usage);
  switch (action) {
    case 'create':
      if (target !== undefined) throw refuse('create takes no argument; name the key with --name');
      if (values.name === undefined || values.role === undefined)
        throw refuse('create needs --name and --role');
      return { action, name: values.name, role: values.role };
    case 'list':
      if (target !== undefined || values.name !== undefined || values.role !== undefined)
        throw refuse('list takes no argument and no option');
      return { action };
    case 'revoke':
      if (target === undefined) throw refuse('revoke needs the id or the name of a key');
      if (values.name !== undefined || values.role !== undefined)
        throw refuse('revoke takes no --name or --role; give the id or name as its argument');
      return { action, key: target };
    default:
      throw refuse(`has no subcommand "${action}"; use create, list or revoke`);
  }
}

/** `kg keys create|list|revoke`, against the configured store. */
export async function keysCommand(
  store: GraphStore,
  request: ReturnType<typeof keysAction>,
  stdout: Writable,
  now: Date = new Date(),
): Promise<void> {
  switch (request.action) {
    case 'create': {
      const { key, stored } = newAccessKey(request.name, parseRole(request.role), now);
      const created = await store.createAccessKey(stored);
      stdout.write(
        `${describeKey(created)}\nkey (shown this once; the store keeps only its hash):\n  ${key}\n`,
      );
      return;
    }
    case 'list': {
      const keys = await store.accessKeys();
      stdout.write(
        keys.length === 0 ? 'no keys\n' : keys.map((k) => `${describeKey(k)}\n`).join(''),
      );
      return;
    }
    case 'revoke': {
      stdout.write(`${describeKey(await store.revokeAccessKey(request.key, now.toISOString()))}\n`);
      return;
    }
  }
}
