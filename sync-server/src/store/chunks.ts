// Multi-row statements are split so no statement exceeds the bound-parameter limit of the
// database (32766 on SQLite, 65535 on PostgreSQL).
const MAX_PARAMS = 30000;

export function chunks<T>(items: readonly T[], columns: number): T[][] {
  const size = Math.max(1, Math.floor(MAX_PARAMS / columns));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
