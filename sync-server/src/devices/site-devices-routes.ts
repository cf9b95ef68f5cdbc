// GET /api/v1/sync/devices: the asking tablet's site's devices with their public keys and
// revocation, so tablets can verify each other's hand-off codes with no network (docs/handoff.md).
// Only public halves and names leave the server; another site's devices are never listed.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { SiteDevicesResponseSchema } from '../../../src/domain/protocol-schemas';
import type { Store } from '../store/store';
import { deviceErrorResponses } from '../http/schemas';
import { deviceOf } from './device-auth';
import { devicesRepo } from './devices-repo';

export const siteDevicesRoutes: FastifyPluginAsyncTypebox<{ store: Store }> = async (
  fastify,
  { store },
) => {
  fastify.get(
    '/devices',
    { schema: { response: { 200: SiteDevicesResponseSchema, ...deviceErrorResponses } } },
    async (request) => {
      const devices = await devicesRepo(store).listWithKeys(deviceOf(request).siteId);
      return {
        devices: devices.map(({ id, name, publicKey, revokedAt }) => ({
          id,
          name,
          publicKey: publicKey && {
            kty: 'EC',
            crv: 'P-256',
            x: publicKey.x ?? '',
            y: publicKey.y ?? '',
          },
          revokedAt,
        })),
      };
    },
  );
};
