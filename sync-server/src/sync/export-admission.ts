// What the server takes from a verified offline export, judged by what the server itself knows
// (when the device enrolled, when it was revoked) and never by the file's own date, which the
// tablet chooses: a revoked tablet in the wrong hands could date a new file in the past.
import type { SignedExport } from '../../../src/domain/device-export';
import type { FieldError, VaxRecord } from '../../../src/domain/records';
import type { DeviceWithKey } from '../devices';

/** The flag on every record imported from a revoked device's file (data-quality pages). */
export const REVOKED_DEVICE_FLAG = 'revoked-device-import';

/** Why the whole file is refused, or null. */
export function exportDateProblem(file: SignedExport, device: DeviceWithKey): string | null {
  const exportedAt = Date.parse(file.exportedAt);
  if (Number.isNaN(exportedAt)) return `the file's date ${file.exportedAt} is not a time`;
  if (exportedAt < Date.parse(device.createdAt)) {
    return `the file is dated ${file.exportedAt}, before device ${device.id} enrolled (${device.createdAt})`;
  }
  return null;
}

const before = (time: string | undefined, limit: number): boolean =>
  time !== undefined && Date.parse(time) < limit;

/**
 * For a revoked device, why this record is refused: it must have happened AND been queued on the
 * tablet before the revocation. A time that is missing or not a time proves nothing.
 */
export function afterRevocation(
  record: VaxRecord,
  queuedAt: string | undefined,
  revokedAt: string,
): FieldError[] {
  const limit = Date.parse(revokedAt);
  if (!before(record.occurredAt, limit)) {
    return [
      {
        field: 'occurredAt',
        code: 'after-revocation',
        message: `Recorded at ${record.occurredAt}, not before the device was revoked (${revokedAt})`,
      },
    ];
  }
  if (!before(queuedAt, limit)) {
    return [
      {
        field: 'queuedAt',
        code: 'after-revocation',
        message:
          queuedAt === undefined
            ? `The file does not say when the record was queued, so it cannot be shown to precede the revocation (${revokedAt})`
            : `Queued at ${queuedAt}, not before the device was revoked (${revokedAt})`,
      },
    ];
  }
  return [];
}

/** The flag an accepted record of a revoked device's file carries. */
export function revokedDeviceFlag(device: DeviceWithKey): FieldError {
  return {
    field: 'deviceId',
    code: REVOKED_DEVICE_FLAG,
    message: `Imported from a file of device ${device.id}, revoked at ${device.revokedAt}; recorded and queued before then`,
  };
}
