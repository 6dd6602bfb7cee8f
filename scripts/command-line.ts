/**
 * The arguments of a command (`npm run build -- …`), read with Node's parseArgs: `--help` (or
 * `-h`) prints the command's usage; an option the command does not know, or one missing its
 * value, is named in one line with the usage after it, instead of Node's stack trace.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';

/** What parseArgs gives for `config`. */
export type Arguments<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>;

/** The arguments read, or what to print and the exit code when the command is not to run. */
export type ArgumentsRead<T extends ParseArgsConfig> = { readonly arguments: Arguments<T> } | { readonly exitCode: 0 | 2; readonly text: string };

/** Asks for the usage: before a `--` that ends the options. */
const HELP = new Set(['--help', '-h']);

/**
 * Reads `args` by `config` (without `args`: it reads them itself).
 * @example readArguments({ options: { out: { type: 'string' } } }, 'usage: …', ['--outt', 'x'])
 * // { exitCode: 2, text: "error: Unknown option '--outt'. …\nusage: …" }
 */
export function readArguments<T extends ParseArgsConfig>(config: T, usage: string, args: readonly string[]): ArgumentsRead<T> {
  const end = args.indexOf('--');
  if ((end < 0 ? args : args.slice(0, end)).some((a) => HELP.has(a))) return { exitCode: 0, text: usage };
  try {
    // The arguments given take the place of process.argv's; what is read is typed by the options alone.
    return { arguments: parseArgs({ ...config, args: [...args] }) as Arguments<T> };
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) throw e;
    return { exitCode: 2, text: `error: ${(e as Error).message}\n${usage}` };
  }
}

/**
 * The command's arguments, from the command line; prints the usage and ends the process (0 for
 * `--help`, 2 for a wrong argument) when the command is not to run.
 * @example const { values } = commandLine({ options: { out: { type: 'string' } } }, USAGE);
 */
export function commandLine<T extends ParseArgsConfig>(config: T, usage: string): Arguments<T> {
  const read = readArguments(config, usage, process.argv.slice(2));
  if ('arguments' in read) return read.arguments;
  if (read.exitCode === 0) console.log(read.text);
  else console.error(read.text);
  process.exit(read.exitCode);
}
