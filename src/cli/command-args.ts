import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { InvalidInputError } from '../domain/errors';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What a `kg` command accepts: its options (besides --help) and how many positionals. */
export interface CommandSpec<O extends Options> {
  readonly name: string;
  /** The whole help text, from "Usage: kg <name>" on. */
  readonly usage: string;
  readonly options: O;
  readonly positionals: { readonly min: number; readonly max: number };
}

/**
 * A command line the command cannot read: the process exits with code 2
 * (the usual code for misuse) after the problem and the command's usage.
 */
export class UsageError extends InvalidInputError {
  constructor(
    problem: string,
    readonly usage: string,
  ) {
    super(`${problem}.\n\n${usage}`);
  }
}

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

/** The options a command was given, typed by its spec, or `help` when it was asked for. */
export type CommandArgs<O extends Options> =
  | { readonly help: true }
  | {
      readonly help: false;
      readonly values: ReturnType<
        typeof parseArgs<{ options: O; allowPositionals: true }>
      >['values'];
      readonly positionals: readonly string[];
    };

/**
 * Parses a command's arguments with node:util's parseArgs, strictly:
 * unknown options, options without their value, and too few or too many
 * positionals throw UsageError. `--help` anywhere wins over everything else.
 */
export function parseCommandArgs<O extends Options>(
  spec: CommandSpec<O>,
  argv: readonly string[],
): CommandArgs<O> {
  if (argv.includes('--help') || argv.includes('-h')) return { help: true };
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...spec.options, ...HELP },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    // node:util marks its own parse errors with an ERR_PARSE_ARGS_* code.
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))
      throw new UsageError(
        `kg ${spec.name}: ${(error as Error).message.replace(/\.$/u, '')}`,
        spec.usage,
      );
    throw error;
  }
  const { positionals } = parsed;
  const { min, max } = spec.positionals;
  const count = (n: number) => `${n} argument${n === 1 ? '' : 's'}`;
  if (positionals.length < min)
    throw new UsageError(
      `kg ${spec.name} needs ${min === max ? '' : 'at least '}${count(min)}`,
      spec.usage,
    );
  if (positionals.length > max)
    throw new UsageError(
      `kg ${spec.name} takes ${max === 0 ? 'no argument' : `at most ${count(max)}`}, and was given ${positionals.map((p) => `"${p}"`).join(' ')}`,
      spec.usage,
    );
  return { help: false, values: parsed.values as never, positionals };
}

/** Declares a command, keeping its options' literal types for `parseCommandArgs`. */
export function defineCommand<const O extends Options>(spec: CommandSpec<O>): CommandSpec<O> {
  return spec;
}
