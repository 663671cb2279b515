import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './cliError';

/** node:util parseArgs, with its errors turned into a one-line message and the usage. */
export function readArguments<Config extends ParseArgsConfig>(config: Config, usage: string) {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}; ${usage}`);
  }
}
