// `npm run admin -- <command> [options]`: the operator's tool, on the same database as the server
// (same DATA_DIR; safe while the server runs thanks to WAL and busy_timeout).
import { runAdminCommand } from './run-admin';

process.exitCode = await runAdminCommand(process.argv.slice(2));
