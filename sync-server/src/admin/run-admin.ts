// One run of the admin command: its options parsed, the store its environment names opened, the
// command's lines printed; a refusal printed as `Error: …` with exit code 1. cli.ts is its
// process; tests call it in their own process where the process boundary is not what they test.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config';
import { openStore } from '../store/store';
import { AdminError } from './admin-error';
import { outputOf, type Command, type Options } from '../shared/admin-command';
import { COMMANDS } from './commands';

function help(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name} ${c.usage}`);
  return ['Usage: npm run admin -- <command> [options]', '', 'Commands:', ...lines, '  help'].join(
    '\n',
  );
}

function parseOptions(command: Command, args: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: Object.fromEntries(command.options.map((n) => [n, { type: 'string' as const }])),
      strict: true,
      allowPositionals: command.positional !== undefined,
    });
  } catch (err) {
    throw new AdminError((err as Error).message);
  }
  const values = parsed.values as Options;
  const { positional } = command;
  if (positional === undefined || parsed.positionals.length === 0) return values;
  if (parsed.positionals.length > 1 || values[positional] !== undefined) {
    throw new AdminError(
      `give one ${positional.toUpperCase()}, either alone or as --${positional}`,
    );
  }
  return { ...values, [positional]: parsed.positionals[0] };
}

async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help') {
    console.log(help());
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`Unknown command "${name}"\n\n${help()}`);
    return 1;
  }
  const options = parseOptions(command, args);
  const store = openStore(loadConfig(env).database, { bulk: command.bulk === true });
  try {
    await store.migrate();
    const { lines, exitCode } = outputOf(await command.run(store, options));
    for (const line of lines) console.log(line);
    return exitCode;
  } finally {
    await store.close();
  }
}

/** Runs `argv` (the command and its options) on the database `env` names; the exit code. */
export async function runAdminCommand(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  try {
    return await main(argv, env);
  } catch (err) {
    if (!(err instanceof AdminError || err instanceof ConfigError)) throw err;
    console.error(`Error: ${err.message}`);
    return 1;
  }
}
