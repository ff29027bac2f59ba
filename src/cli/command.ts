import { parseArgs } from 'node:util';

/**
 * One subcommand of `news-annotator`: one file exporting these three members,
 * registered by one line in main.ts.
 */
export interface Command {
  /** One line for the global help. */
  summary: string;
  /** The full text printed by `news-annotator <command> --help`. */
  usage: string;
  /** Runs the command; resolves to the exit code (0 ok, 1 some input failed, 2 usage error). */
  run(args: string[]): Promise<number>;
}

/** A mistake in how the command was called: printed with a hint, exit code 2. */
export class UsageError extends Error {}

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

/** Parses `args` strictly (`--name value`, `--name=value`, positionals, `-` for stdin); throws UsageError. */
export function parseOptions<T extends OptionSpec>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    // Node's messages name the option; keep their first sentence.
    throw new UsageError(String((e as Error).message).split(/\n|(?<=\.) /)[0]);
  }
}

/** Checks that an option's value is one of `allowed`. */
export function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const choices = `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}`;
  throw new UsageError(`--${option} must be ${choices}, not '${value}'`);
}
