import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../sync-server/src/config';

describe('loadConfig', () => {
  it('has defaults', () => {
    expect(loadConfig({})).toEqual({
      port: 8080,
      host: '0.0.0.0',
      dataDir: path.resolve('data'),
      staticDir: path.resolve('dist'),
      logLevel: 'info',
      demoRegistrations: 2000,
    });
  });

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ DEMO_REGISTRATIONS: '-5' }, /DEMO_REGISTRATIONS/],
    [{ DATABASE_URL: 'postgres://u@h/db' }, /PostgreSQL support is not available yet/],
    [{ DATABASE_URL: 'mysql://h/db' }, /must be a postgres:\/\/ URL/],
  ])('refuses %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
