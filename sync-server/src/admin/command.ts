// What an admin command is: its usage line, its options, and what it runs on the store.
import type { Store } from '../store/store';

export type Options = Record<string, string | undefined>;

export interface Command {
  usage: string;
  options: string[];
  /** The option a lone positional argument stands for (`records:import FILE`). */
  positional?: string;
  run(store: Store, o: Options): Promise<string[]>;
}
