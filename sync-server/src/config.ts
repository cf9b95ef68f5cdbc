// Server configuration, read once from the environment and validated before anything starts.
import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** Folder holding the SQLite file; created if missing. */
  dataDir: string;
  /** The built PWA (`vite build` output). */
  staticDir: string;
  logLevel: LogLevel;
  /** How many registrations the demo seed puts into an empty database. */
  demoRegistrations: number;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
type LogLevel = (typeof LOG_LEVELS)[number];

export class ConfigError extends Error {}

function port(value: string | undefined): number {
  if (value === undefined || value === '') return 8080;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 65535) {
    throw new ConfigError(`PORT must be a whole number from 1 to 65535, got "${value}"`);
  }
  return n;
}

function demoRegistrations(value: string | undefined): number {
  if (value === undefined || value === '') return 2000;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 1_000_000) {
    throw new ConfigError(
      `DEMO_REGISTRATIONS must be a whole number up to 1000000, got "${value}"`,
    );
  }
  return n;
}

function logLevel(value: string | undefined): LogLevel {
  if (value === undefined || value === '') return 'info';
  const found = LOG_LEVELS.find((l) => l === value);
  if (!found)
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${value}"`);
  return found;
}

/** Throws ConfigError with an operator-readable message on any bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL;
  if (databaseUrl) {
    const scheme = databaseUrl.startsWith('postgres://') || databaseUrl.startsWith('postgresql://');
    throw new ConfigError(
      scheme
        ? 'DATABASE_URL is set, but PostgreSQL support is not available yet (a later issue); unset it to use SQLite in DATA_DIR'
        : 'DATABASE_URL must be a postgres:// URL (and PostgreSQL support is not available yet); unset it to use SQLite in DATA_DIR',
    );
  }
  return {
    port: port(env.PORT),
    host: env.HOST || '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR || './data'),
    staticDir: path.resolve(env.STATIC_DIR || 'dist'),
    logLevel: logLevel(env.LOG_LEVEL),
    demoRegistrations: demoRegistrations(env.DEMO_REGISTRATIONS),
  };
}
