import { v7 as uuidv7 } from 'uuid';
import type { DbHandle } from '../store/db-handle';
import { newDeviceToken, sha256Hex } from '../store/secrets';

export interface DeviceIdentity {
  id: string;
  siteId: string;
}

export interface DeviceSummary extends DeviceIdentity {
  name: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface DeviceWithKey extends DeviceSummary {
  /** The public JWK the device enrolled with, if any. */
  publicKey: JsonWebKey | null;
}

/** A device's columns with its public key, as `withKey` reads them. */
const WITH_KEY = [
  'id',
  'site_id as siteId',
  'name',
  'created_at as createdAt',
  'revoked_at as revokedAt',
  'public_key',
] as const;

function withKey({
  public_key,
  ...summary
}: DeviceSummary & { public_key: string | null }): DeviceWithKey {
  return {
    ...summary,
    publicKey: public_key === null ? null : (JSON.parse(public_key) as JsonWebKey),
  };
}

export function devicesRepo({ db }: DbHandle) {
  return {
    /** Registers a device and returns its token, which exists only in this answer. */
    async create(
      siteId: string,
      name: string,
      now: Date,
      publicKey?: JsonWebKey,
    ): Promise<{ id: string; token: string }> {
      const id = uuidv7();
      const token = newDeviceToken();
      await db
        .insertInto('devices')
        .values({
          id,
          site_id: siteId,
          name,
          token_hash: sha256Hex(token),
          created_at: now.toISOString(),
          revoked_at: null,
          public_key: publicKey === undefined ? null : JSON.stringify(publicKey),
        })
        .execute();
      return { id, token };
    },

    /** The active (not revoked) device holding this token, if any. */
    async findActiveByToken(token: string): Promise<DeviceIdentity | undefined> {
      return db
        .selectFrom('devices')
        .select(['id', 'site_id as siteId'])
        .where('token_hash', '=', sha256Hex(token))
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
    },

    async get(id: string): Promise<DeviceWithKey | undefined> {
      const row = await db
        .selectFrom('devices')
        .select(WITH_KEY)
        .where('id', '=', id)
        .executeTakeFirst();
      return row === undefined ? undefined : withKey(row);
    },

    async list(siteId: string): Promise<DeviceSummary[]> {
      return db
        .selectFrom('devices')
        .select([
          'id',
          'site_id as siteId',
          'name',
          'created_at as createdAt',
          'revoked_at as revokedAt',
        ])
        .where('site_id', '=', siteId)
        .orderBy('created_at')
        .execute();
    },

    /** Every device of the site with its public key and revocation: what its tablets verify
     * hand-off codes against (site-devices-routes.ts). */
    async listWithKeys(siteId: string): Promise<DeviceWithKey[]> {
      const rows = await db
        .selectFrom('devices')
        .select(WITH_KEY)
        .where('site_id', '=', siteId)
        .orderBy('created_at')
        .execute();
      return rows.map(withKey);
    },

    /** Returns false when no such device exists. Revoking twice keeps the first date. */
    async revoke(id: string, now: Date): Promise<boolean> {
      const exists = await db
        .selectFrom('devices')
        .select('id')
        .where('id', '=', id)
        .executeTakeFirst();
      if (!exists) return false;
      await db
        .updateTable('devices')
        .set({ revoked_at: now.toISOString() })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .execute();
      return true;
    },
  };
}
