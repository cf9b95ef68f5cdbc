// The sync protocol's JSON, written once as TypeBox schemas (docs/protocol.md): the server
// validates requests and serialises answers with them, and protocol.ts derives the tablet's types
// from them with `Static`. The tablet imports this file for types only (lint holds it), so
// TypeBox never reaches its bundle.
//
// Fastify's serialiser writes only the fields a response schema names, so an answer's schema
// names every field; where the server passes a body through unchanged (records, pulled data) the
// schema says "any JSON" and `Type.Unsafe` gives the precise type.
import { Type } from '@sinclair/typebox';
import type { FieldError } from './records';
import type { Change } from './reference-data';

/** Body of every 4xx/5xx answer. */
export const ApiErrorSchema = Type.Object({ error: Type.String(), message: Type.String() });

export const SiteSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  province: Type.String(),
});

export const FieldErrorSchema = Type.Unsafe<FieldError>(
  Type.Object({ field: Type.String(), code: Type.String(), message: Type.String() }),
);

export const EnrollRequestSchema = Type.Object({
  code: Type.String({ minLength: 1, maxLength: 64 }),
  deviceName: Type.String({ minLength: 1, maxLength: 100 }),
  /** Public half (ECDSA P-256, JWK) of the key the tablet signs offline exports with. */
  publicKey: Type.Optional(
    // Checked in full by the server, to answer with a reason; Web Crypto adds key_ops and ext.
    Type.Unsafe<JsonWebKey>(
      Type.Object(
        {
          kty: Type.String({ maxLength: 16 }),
          crv: Type.String({ maxLength: 16 }),
          x: Type.String({ maxLength: 128 }),
          y: Type.String({ maxLength: 128 }),
        },
        { additionalProperties: true },
      ),
    ),
  ),
});

export const EnrollResponseSchema = Type.Object({
  deviceId: Type.String(),
  token: Type.String(),
  site: SiteSchema,
});

// Records are checked one by one by the domain validator, so one bad record never fails the
// batch: the schema checks only the envelope.
export const PushRequestSchema = Type.Object({
  records: Type.Array(Type.Unknown()),
});

export const PushResultSchema = Type.Object({
  id: Type.String(),
  status: Type.Union([
    Type.Literal('accepted'),
    Type.Literal('duplicate'),
    Type.Literal('rejected'),
  ]),
  errors: Type.Optional(Type.Array(FieldErrorSchema)),
});

export const PushResponseSchema = Type.Object({ results: Type.Array(PushResultSchema) });

export const PullQuerySchema = Type.Object({
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
  limit: Type.Optional(Type.String({ pattern: '^[0-9]{1,6}$' })),
  wait: Type.Optional(Type.String({ pattern: '^[0-9]{1,4}$' })),
});

// Plain strings, not a union per entity: the serialiser would test every change against each
// branch, and a pull page holds thousands.
const ChangeSchema = Type.Unsafe<Change>(
  Type.Object({
    entity: Type.String(),
    op: Type.String(),
    key: Type.String(),
    data: Type.Unknown(),
  }),
);

export const PullResponseSchema = Type.Object({
  changes: Type.Array(ChangeSchema),
  /** Opaque; pass it back unchanged. */
  cursor: Type.String(),
  more: Type.Boolean(),
  /** How many changes are still waiting after this page (drives the progress bar). */
  remaining: Type.Integer(),
});

const Count = Type.Integer({ minimum: 0 });

export const DaySummarySchema = Type.Object({
  checkedIn: Count,
  screened: Type.Object({
    eligible: Count,
    postpone: Count,
    contraindicated: Count,
    refer: Count,
    caution: Count,
  }),
  injected: Type.Array(Type.Object({ vaccine: Type.String(), doseNumber: Count, count: Count })),
  released: Count,
  reactions: Type.Object({ mild: Count, moderate: Count, severe: Count, referred: Count }),
  lots: Type.Array(
    Type.Object({
      lot: Type.String(),
      vaccine: Type.String(),
      vialsOpened: Count,
      dosesUsed: Count,
      dosesOpen: Count,
      openUntilMs: Type.Union([Type.Integer(), Type.Null()]),
      dosesWasted: Count,
    }),
  ),
});

export const SiteDevicesResponseSchema = Type.Object({
  devices: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      publicKey: Type.Union([
        Type.Object({ kty: Type.String(), crv: Type.String(), x: Type.String(), y: Type.String() }),
        Type.Null(),
      ]),
      revokedAt: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
});
