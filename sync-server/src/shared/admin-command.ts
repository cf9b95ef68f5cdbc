// What an admin command is (`npm run admin -- <command>`): its usage line, its options, and what it
// runs on the store. Here, not in the admin room, so every feature can offer its own commands.
import type { Store } from '../store/store';

export type Options = Record<string, string | undefined>;

/** Lines for stdout, and the exit code when it is not 0 (a verdict, not a failure). */
export interface CommandOutput {
  lines: string[];
  exitCode: number;
}

export interface Command {
  usage: string;
  options: string[];
  /** The option a lone positional argument stands for (`records:import FILE`). */
  positional?: string;
  run(store: Store, o: Options): Promise<string[] | CommandOutput>;
  /**
   * Hours of batched writes that running the command again redoes: its store's commits do not
   * wait for the disk (StoreOptions.bulk).
   */
  bulk?: boolean;
}

/** A command's output with its exit code (0 when it gave only lines). */
export const outputOf = (output: string[] | CommandOutput): CommandOutput =>
  Array.isArray(output) ? { lines: output, exitCode: 0 } : output;
