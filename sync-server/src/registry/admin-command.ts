// What an admin command is (admin/command.ts says it for the admin room, which imports this one,
// so this room cannot import it back): its usage line, its options, what it runs.
import type { Store } from '../store/store';

/** The shape of an admin command (admin/command.ts), which this room cannot import. */
export interface RegistryAdminCommand {
  usage: string;
  options: string[];
  positional?: string;
  run(store: Store, o: Record<string, string | undefined>): Promise<string[]>;
}
