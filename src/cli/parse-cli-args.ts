// One argument parser for every CLI: `node:util` parseArgs (strict, with positionals and
// `--help`), its errors turned into the one line the CLIs print. Usage mistakes exit 2,
// `--help` exits 0; the caller prints `message` and returns `exitCode`.
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

type Config<O extends ParseArgsOptionsConfig> = { args: string[]; options: O & typeof HELP; allowPositionals: true; strict: true };
export type ParsedCli<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<Config<O>>>;

export interface CliStop {
  message: string;
  exitCode: 0 | 2;
}

/** The option an error of parseArgs is about, as the user typed it (`--topics`, `-x`). */
function optionIn(message: string): string | undefined {
  return /'(-{1,2}[^' ]+)/.exec(message)?.[1];
}

/** Short wording for parseArgs' errors, which otherwise run to three sentences. */
function describe(error: Error & { code?: string }): string {
  const option = optionIn(error.message);
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option ?? error.message}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (!option) return error.message;
      return /argument missing/.test(error.message) ? `${option} needs a value` : `${option} takes no value`;
    default:
      return error.message;
  }
}

export function parseCliArgs<O extends ParseArgsOptionsConfig>(argv: string[], options: O, usage: string): ParsedCli<O> | CliStop {
  let parsed: ParsedCli<O>;
  try {
    parsed = parseArgs({ args: argv, options: { ...options, ...HELP }, allowPositionals: true, strict: true });
  } catch (error) {
    return { message: `${describe(error as Error)} (${usage})`, exitCode: 2 };
  }
  if ((parsed.values as { help?: boolean }).help) return { message: usage, exitCode: 0 };
  return parsed;
}

export const isCliStop = (value: object): value is CliStop => 'exitCode' in value;
