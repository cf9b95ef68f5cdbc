// TypeBox schemas shared by several routes.
import { Type } from '@sinclair/typebox';

export const ApiErrorSchema = Type.Object({ error: Type.String(), message: Type.String() });

export const SiteSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  province: Type.String(),
});

export const FieldErrorSchema = Type.Object({
  field: Type.String(),
  code: Type.String(),
  message: Type.String(),
});

/** Error answers a device route may give besides its own. */
export const deviceErrorResponses = {
  400: ApiErrorSchema,
  401: ApiErrorSchema,
};
