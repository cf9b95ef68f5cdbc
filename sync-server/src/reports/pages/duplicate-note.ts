// A duplicate dose's note in words: which tablet, staff member and time made this record, and the
// same for each record that repeats it, so an operator can find both.
import type { DoseOrigin, DuplicatePair } from '../duplicate-pairs';
import { dateCell } from './dates';
import { STRINGS, type Lang } from './strings';

/** "09:40" and "23/11/2026" as the tablet recorded them (its own offset, never re-zoned). */
function clockAndDate(iso: string, lang: Lang): [string, string] {
  return [iso.slice(11, 16), dateCell(iso.slice(0, 10), lang)];
}

function origin(o: DoseOrigin, lang: Lang): string {
  const t = STRINGS[lang];
  const parts: string[] = [];
  if (o.deviceId !== undefined) {
    parts.push(`${t.dupDevice} ${o.deviceName ? `«${o.deviceName}» ` : ''}${o.deviceId}`);
  }
  if (o.staffId !== undefined) parts.push(`${t.dupStaff} ${o.staffId}`);
  if (o.occurredAt !== undefined) parts.push(t.dupAt(...clockAndDate(o.occurredAt, lang)));
  if (o.siteId !== undefined) parts.push(`${t.dupSite} ${o.siteId}`);
  return parts.join(', ');
}

export function duplicateNote(pair: DuplicatePair, lang: Lang): string {
  const t = STRINGS[lang];
  const others = pair.others.map((o) => `${o.id} (${origin(o, lang)})`).join('; ');
  return `${t.dupThis}: ${origin(pair.self, lang)}. ${t.dupOthers}: ${others}.`;
}
