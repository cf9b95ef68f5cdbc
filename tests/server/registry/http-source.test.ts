// The look-up API adapter when the registry does not keep the contract: every failure is a
// RegistryUnavailableError naming the call and what went wrong, never a hang or a bad answer
// passed on to matching.
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RegistryPerson } from '../../../src/domain/registry/types';
import { httpSource, RegistryUnavailableError } from '../../../sync-server/src/registry';
import { startFakeRegistry, type FakeRegistry } from '../../support/fake-registry';

const AN: RegistryPerson = { idNumber: '079080001234', fullName: 'Nguyễn Văn An', dob: '1980' };
const SOMEONE = { personKey: 'k', recordIds: ['r'], fullName: 'Nguyễn Văn An', dob: '1980-06-15' };

let fake: FakeRegistry;
beforeEach(async () => {
  fake = await startFakeRegistry({ persons: [AN], token: 'secret' });
});
afterEach(() => fake.close());

const failure = (call: Promise<unknown>) =>
  call.then(
    () => expect.fail('the call should have failed'),
    (err: unknown) => {
      expect(err).toBeInstanceOf(RegistryUnavailableError);
      return (err as Error).message;
    },
  );

it('sends the configured token as a bearer token', async () => {
  await httpSource({ url: `${fake.url}/`, token: 'secret' }).byIds([AN.idNumber]);
  expect(fake.calls).toEqual([{ path: '/api/v1/persons/lookup', authorization: 'Bearer secret' }]);
});

describe('a registry that fails', () => {
  const source = (timeoutMs = 5000) => httpSource({ url: fake.url, token: 'secret', timeoutMs });

  it('says which call was refused and the status, for a missing token too', async () => {
    expect(await failure(httpSource({ url: fake.url }).byIds([AN.idNumber]))).toBe(
      'registry /v1/persons/lookup: answered HTTP 401',
    );
    fake.misbehave({ status: 503 });
    expect(await failure(source().candidates([SOMEONE]))).toBe(
      'registry /v1/persons/candidates: answered HTTP 503',
    );
  });

  it('refuses an answer that is not JSON, or not the contract’s shape', async () => {
    fake.misbehave('not-json');
    expect(await failure(source().byIds([AN.idNumber]))).toMatch(/not a JSON object/);
    fake.misbehave('wrong-shape');
    expect(await failure(source().byIds([AN.idNumber]))).toMatch(/"persons" is not a list/);
    expect(await failure(source().candidates([SOMEONE]))).toMatch(/"candidates" is not 1 lists/);
  });

  it('gives up on a registry that does not answer in time', async () => {
    fake.misbehave('silent');
    expect(await failure(source(300).byIds([AN.idNumber]))).toBe(
      'registry /v1/persons/lookup: no answer within 300 ms',
    );
  });

  it('says so when nothing listens at the URL', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const message = await failure(httpSource({ url: `http://127.0.0.1:${port}` }).byIds(['1']));
    expect(message).toMatch(/^registry \/v1\/persons\/lookup: unreachable \(.*ECONNREFUSED/);
  });
});
