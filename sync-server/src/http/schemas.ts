// Error answers a device route may give besides its own (the wire schemas themselves are in
// src/domain/protocol-schemas.ts, shared with the tablet's types).
import { ApiErrorSchema } from '../../../src/domain/protocol-schemas';

export const deviceErrorResponses = {
  400: ApiErrorSchema,
  401: ApiErrorSchema,
};
