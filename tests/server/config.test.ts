import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../sync-server/src/config';

describe('loadConfig', () => {
  it('has defaults', () => {
    expect(loadConfig({})).toEqual({
      port: 8080,
      host: '0.0.0.0',
      database: { kind: 'sqlite', dataDir: path.resolve('data') },
      staticDir: path.resolve('dist'),
      logLevel: 'info',
      demoRegistrations: 2000,
      enrollPerMinute: 10,
      reportMaxRecords: 5_000,
      trustProxy: false,
      pushesInHand: 128,
      pushesPerDevice: 4,
      requestTimeoutMs: 60_000,
      healthTimeoutMs: 2000,
      heldPullsMax: 20_000,
      issuer: {
        dir: path.resolve('data', 'issuer'),
        cscaValidityYears: 10,
        dscValidityYears: 2,
        certificateDays: 365,
      },
    });
  });

  it('reads the issuer folder, passphrase and validity policy', () => {
    expect(
      loadConfig({
        DATA_DIR: '/srv/vax',
        DATABASE_URL: 'postgres://vax@db:5432/vax',
        ISSUER_KEY_PASSPHRASE: 'pass phrase',
        ISSUER_CSCA_YEARS: '12',
        ISSUER_DSC_YEARS: '1',
        CERTIFICATE_VALIDITY_DAYS: '180',
        CERTIFICATE_AUTHORITY: 'Sở Y tế TP. Hồ Chí Minh',
      }).issuer,
    ).toEqual({
      dir: '/srv/vax/issuer',
      passphrase: 'pass phrase',
      cscaValidityYears: 12,
      dscValidityYears: 1,
      certificateDays: 180,
      authority: 'Sở Y tế TP. Hồ Chí Minh',
    });
    expect(() => loadConfig({ CERTIFICATE_AUTHORITY: 'x'.repeat(81) })).toThrow(/1–80 characters/);
    expect(() => loadConfig({ ISSUER_CSCA_YEARS: '2', ISSUER_DSC_YEARS: '3' })).toThrow(
      /ISSUER_DSC_YEARS \(3\) must not exceed ISSUER_CSCA_YEARS \(2\)/,
    );
    expect(() => loadConfig({ ISSUER_DSC_YEARS: '0' })).toThrow(
      /ISSUER_DSC_YEARS must be a whole number from 1 to 10/,
    );
  });

  it('reads the push places and the request timeout', () => {
    const config = loadConfig({
      PUSHES_IN_HAND: '256',
      PUSHES_PER_DEVICE: '2',
      REQUEST_TIMEOUT_SECONDS: '90',
    });
    expect(config).toMatchObject({
      pushesInHand: 256,
      pushesPerDevice: 2,
      requestTimeoutMs: 90_000,
    });
  });

  it('reads which proxies to trust', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(
      loadConfig({ TRUST_PROXY: '10.0.0.5, 10.1.0.0/16,::1,fd00::/8,loopback' }).trustProxy,
    ).toBe('10.0.0.5,10.1.0.0/16,::1,fd00::/8,loopback');
  });

  it('chooses PostgreSQL when DATABASE_URL is set, whatever DATA_DIR says', () => {
    const url = 'postgresql://vax@db.internal:5432/vax?sslmode=require';
    expect(loadConfig({ DATABASE_URL: url, DATA_DIR: '/x' }).database).toEqual({
      kind: 'postgres',
      url,
      timeouts: { connectMs: 2000, statementMs: 30_000 },
    });
  });

  it('reads our own database timeouts', () => {
    const env = {
      DATABASE_URL: 'postgres://vax@db/vax',
      DB_CONNECT_TIMEOUT_MS: '1500',
      DB_STATEMENT_TIMEOUT_MS: '60000',
      HEALTH_TIMEOUT_MS: '2500',
    };
    const config = loadConfig(env);
    expect(config.database).toMatchObject({ timeouts: { connectMs: 1500, statementMs: 60_000 } });
    expect(config.healthTimeoutMs).toBe(2500);
  });

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ HELD_PULLS_MAX: 'many' }, /HELD_PULLS_MAX/],
    [{ DEMO_REGISTRATIONS: '-5' }, /DEMO_REGISTRATIONS/],
    [{ ENROLL_RATE_LIMIT: '0' }, /ENROLL_RATE_LIMIT/],
    [{ REPORT_MAX_RECORDS: '0' }, /REPORT_MAX_RECORDS must be a whole number from 1/],
    [{ REPORT_MAX_RECORDS: '1e6' }, /REPORT_MAX_RECORDS/],
    [{ PUSHES_IN_HAND: '0' }, /PUSHES_IN_HAND must be a whole number from 1/],
    [{ PUSHES_PER_DEVICE: 'many' }, /PUSHES_PER_DEVICE/],
    [{ REQUEST_TIMEOUT_SECONDS: '5' }, /REQUEST_TIMEOUT_SECONDS must be a whole number from 10/],
    [{ TRUST_PROXY: 'yes' }, /TRUST_PROXY must be true or the proxies' addresses/],
    [{ TRUST_PROXY: '2' }, /TRUST_PROXY/],
    [{ TRUST_PROXY: '10.0.0.0/33' }, /TRUST_PROXY/],
    [{ TRUST_PROXY: '10.0.0.1,lb.internal' }, /TRUST_PROXY/],
    [{ HEALTH_TIMEOUT_MS: '0' }, /HEALTH_TIMEOUT_MS must be a whole number from 100/],
    [{ DATABASE_URL: 'postgres://h/db', DB_CONNECT_TIMEOUT_MS: '2s' }, /DB_CONNECT_TIMEOUT_MS/],
    [{ DATABASE_URL: 'postgres://h/db', DB_STATEMENT_TIMEOUT_MS: '-1' }, /DB_STATEMENT_TIMEOUT_MS/],
    [{ DATABASE_URL: 'mysql://h/db' }, /must be a postgres:\/\/ URL/],
    [{ DATABASE_URL: 'not a url' }, /not a URL/],
    [{ DATABASE_URL: 'postgres://u@h:5432' }, /must name a database/],
  ])('refuses %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
