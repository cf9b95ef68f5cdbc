// The Fastify app as a plugin, plus `buildApp` for the launcher and the tests.
import Fastify, { type FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { API_PREFIX, MAX_BATCH_BYTES } from '../../src/domain/protocol';
import {
  HEALTH_TIMEOUT_MS,
  HELD_PULLS_MAX,
  MAX_PUSHES_IN_HAND,
  MAX_PUSHES_PER_DEVICE,
  REQUEST_TIMEOUT_MS,
  CERTIFICATE_DAYS,
  type Config,
} from './config';
import {
  certificateLedger,
  certificatesPlugin,
  dccRoutes,
  issuerKeys,
  issuingSigner,
} from './certificates';
import { enrollRoutes, requireDeviceAuth, siteDevicesRoutes } from './devices';
import { FHIR_PREFIX, fhirRoutes } from './fhir';
import { installErrorHandler } from './http/errors';
import { installJsonBodyParser } from './http/json-body';
import {
  healthRoutes,
  pullRoutes,
  heldPulls,
  pushRoutes,
  storeWriter,
  type BatchWriter,
} from './sync';
import { requestTimeoutOptions } from './http/timeouts';
import { RequestLogs } from './http/request-logs';
import { registryActions, registryPlugin, registrySource } from './registry';
import { reportRoutes, reportsPages } from './reports';
import { installSecurityHeaders } from './http/security-headers';
import { staticRoutes } from './http/static';
import type { Store } from './store/store';

export interface AppOptions {
  store: Store;
  /** Where pushed batches are written; by default in transactions of `store`. */
  writer?: BatchWriter;
  config: Pick<Config, 'staticDir'> &
    Partial<
      Pick<
        Config,
        | 'enrollPerMinute'
        | 'reportMaxRecords'
        | 'trustProxy'
        | 'pushesInHand'
        | 'pushesPerDevice'
        | 'requestTimeoutMs'
        | 'healthTimeoutMs'
        | 'heldPullsMax'
        | 'registry'
        | 'issuer'
      >
    >;
}

export async function app(
  fastify: FastifyInstance,
  { store, writer = storeWriter(store), config }: AppOptions,
): Promise<void> {
  installErrorHandler(fastify);
  installJsonBodyParser(fastify);
  installSecurityHeaders(fastify);
  // Closing the app answers the held pulls at once and lets the pushes in hand finish first,
  // then their writer stops.
  const held = heldPulls(config.heldPullsMax ?? HELD_PULLS_MAX);
  fastify.addHook('preClose', async () => held.close());
  fastify.addHook('onClose', () => writer.close());
  await fastify.register(healthRoutes, {
    writer,
    timeoutMs: config.healthTimeoutMs ?? HEALTH_TIMEOUT_MS,
  });
  await fastify.register(enrollRoutes, {
    store,
    prefix: API_PREFIX,
    attemptsPerMinute: config.enrollPerMinute,
  });
  await fastify.register(
    async (sync) => {
      requireDeviceAuth(sync, store);
      await sync.register(pullRoutes, { store, feed: store.feed, held });
      await sync.register(siteDevicesRoutes, { store });
      await sync.register(pushRoutes, {
        writer,
        pushesInHand: config.pushesInHand ?? MAX_PUSHES_IN_HAND,
        pushesPerDevice: config.pushesPerDevice ?? MAX_PUSHES_PER_DEVICE,
      });
    },
    { prefix: `${API_PREFIX}/sync` },
  );
  await fastify.register(
    async (reports) => {
      requireDeviceAuth(reports, store);
      await reports.register(reportRoutes, { store });
    },
    { prefix: `${API_PREFIX}/reports` },
  );
  await fastify.register(fhirRoutes, { store, prefix: FHIR_PREFIX });
  const registry = registrySource(config.registry, store);
  await fastify.register(reportsPages, {
    store,
    maxRecords: config.reportMaxRecords,
    registry: registryActions(store, registry),
  });
  await fastify.register(registryPlugin, { store, source: registry });
  // Public: the lists hold no personal data and every verifier needs them (docs/protocol.md).
  await fastify.register(dccRoutes, { store });
  const { issuer } = config;
  await fastify.register(certificatesPlugin, {
    store,
    ledger: certificateLedger,
    signer: issuingSigner(store, issuer && issuerKeys(issuer), {
      validityDays: issuer?.certificateDays ?? CERTIFICATE_DAYS,
      ...(issuer?.authority && { issuer: issuer.authority }),
    }),
  });
  await staticRoutes(fastify, config.staticDir);
}

export async function buildApp(
  opts: AppOptions & {
    logLevel?: Config['logLevel'];
    /** Where log lines go (default stdout); tests read them to prove no personal data leaks. */
    logStream?: { write(line: string): void };
  },
): Promise<FastifyInstance> {
  const fastify = Fastify({
    logger: {
      level: opts.logLevel ?? 'info',
      ...(opts.logStream && { stream: opts.logStream }),
      // Query strings may carry an ID number (a lookup, a cursor): log the path only.
      serializers: {
        req: (req: { method: string; url: string; ip?: string }) => ({
          method: req.method,
          path: req.url.split('?')[0],
          remoteAddress: req.ip,
        }),
      },
    },
    // Routine pulls, every tablet's all day long, are logged at debug (request-logs.ts).
    logController: new RequestLogs(),
    // A push over 1 MiB is refused while reading it, with a JSON 413 (see http/errors.ts).
    bodyLimit: MAX_BATCH_BYTES,
    ...requestTimeoutOptions(opts.config.requestTimeoutMs ?? REQUEST_TIMEOUT_MS),
    // Forwarded headers are believed only from the proxies TRUST_PROXY names: anyone else could
    // claim any address and escape the rate limits.
    trustProxy: opts.config.trustProxy ?? false,
    // No type coercion: `{records: "x"}` must be a 400, not a batch of one. Query numbers are
    // parsed by their routes.
    ajv: { customOptions: { coerceTypes: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  await fastify.register(app, opts);
  return fastify;
}
