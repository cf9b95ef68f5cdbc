// Operators need to tell records apart and to see that an ID looks wrong, not to read a whole ID
// number: the drill-down shows the province digits and the last two, nothing else.

export function maskIdNumber(id: string | undefined): string {
  if (id === undefined || id === '') return '—';
  if (id.length <= 5) return '*'.repeat(id.length);
  return `${id.slice(0, 3)}${'*'.repeat(id.length - 5)}${id.slice(-2)}`;
}
