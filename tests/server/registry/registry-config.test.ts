// REGISTRY_URL and REGISTRY_TOKEN: the look-up API is optional, and a bad URL stops the start.
import { expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../sync-server/src/config';

it('reads the look-up API’s URL and optional token, and nothing when unset', () => {
  expect(loadConfig({}).registry).toBeUndefined();
  expect(loadConfig({ REGISTRY_URL: 'https://registry.example.vn/api' }).registry).toEqual({
    url: 'https://registry.example.vn/api',
  });
  expect(
    loadConfig({ REGISTRY_URL: 'http://10.0.0.5:8000', REGISTRY_TOKEN: 's3cret' }).registry,
  ).toEqual({ url: 'http://10.0.0.5:8000', token: 's3cret' });
});

it('refuses a REGISTRY_URL that is not an http(s) URL', () => {
  for (const url of ['registry.example.vn', 'ftp://registry.example.vn']) {
    expect(() => loadConfig({ REGISTRY_URL: url })).toThrow(
      new ConfigError(`REGISTRY_URL must be an http(s):// URL, got "${url}"`),
    );
  }
});
