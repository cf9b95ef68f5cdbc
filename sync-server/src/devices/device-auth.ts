// Bearer-token check for every /api/v1/sync/* route: attaches the device (and so its site) to the
// request, or answers 401.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type DeviceIdentity, devicesRepo } from './devices-repo';
import type { Store } from '../store/store';
import { apiError } from '../http/errors';

declare module 'fastify' {
  interface FastifyRequest {
    device: DeviceIdentity | null;
  }
}

const BEARER = /^Bearer ([A-Za-z0-9_-]{16,128})$/;

export function requireDeviceAuth(fastify: FastifyInstance, store: Store): void {
  fastify.decorateRequest('device', null);
  fastify.addHook('onRequest', async (request, reply) => {
    const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
    const device = token ? await devicesRepo(store).findActiveByToken(token) : undefined;
    if (!device) {
      return reply
        .code(401)
        .send(apiError('unauthorized', 'Missing, unknown or revoked device token; enroll again'));
    }
    request.device = device;
  });
}

/** The device the auth hook attached; only call from routes behind it. */
export function deviceOf(request: FastifyRequest): DeviceIdentity {
  if (!request.device) throw new Error('route is not behind requireDeviceAuth');
  return request.device;
}
