import { version } from '../../package.json';
import { UsageError, type Command } from './command';
import * as exportCommand from './export';
import * as extract from './extract';

/**
 * Every subcommand, by name. To add one, write `src/cli/<name>.ts` exporting
 * `summary`, `usage` and `run(args)` (see Command in command.ts), import it above
 * and add ONE line here; help, `--help` and usage errors then work for it too.
 */
const commands: Record<string, Command> = {
  extract,
  export: exportCommand,
};

const PROGRAM = 'news-annotator';

function globalUsage(): string {
  const width = Math.max(...Object.keys(commands).map(n => n.length));
  const list = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`).join('\n');
  return `Usage: ${PROGRAM} <command> [options]

Who said what, in any news article.

Commands:
${list}

Run '${PROGRAM} <command> --help' (or '${PROGRAM} help <command>') for a command's options,
'${PROGRAM} --version' for the version.`;
}

const wantsHelp = (args: string[]) => args.some(a => a === '--help' || a === '-h');

/** Runs the command line `argv` (without node and the script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    process.stderr.write(globalUsage() + '\n');
    return 2;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${PROGRAM} ${version}\n`);
    return 0;
  }
  if (name === '--help' || name === '-h' || (name === 'help' && rest.length === 0)) {
    process.stdout.write(globalUsage() + '\n');
    return 0;
  }
  const helpFor = name === 'help' ? rest[0] : wantsHelp(rest) ? name : undefined;
  const commandName = helpFor ?? name;
  const command = Object.prototype.hasOwnProperty.call(commands, commandName) ? commands[commandName] : undefined;
  if (!command) {
    process.stderr.write(`${PROGRAM}: unknown command '${commandName}'. Commands: ${Object.keys(commands).join(', ')}.\nRun '${PROGRAM} --help' for usage.\n`);
    return 2;
  }
  if (helpFor) {
    process.stdout.write(command.usage + '\n');
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`${PROGRAM} ${name}: ${e.message}\nRun '${PROGRAM} ${name} --help' for usage.\n`);
    return 2;
  }
}
