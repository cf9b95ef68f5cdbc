// Which certificate types a DSC may sign, from its EU extended key usages (dgc-testdata README,
// EXPECTEDKEYUSAGE): a DSC that carries any of them may sign only the types they name; a DSC with
// none of them may sign any type.

export type DccType = 'v' | 't' | 'r';

const EU_KEY_USAGES: Record<DccType, readonly string[]> = {
  t: ['1.3.6.1.4.1.1847.2021.1.1', '1.3.6.1.4.1.0.1847.2021.1.1'],
  v: ['1.3.6.1.4.1.1847.2021.1.2', '1.3.6.1.4.1.0.1847.2021.1.2'],
  r: ['1.3.6.1.4.1.1847.2021.1.3', '1.3.6.1.4.1.0.1847.2021.1.3'],
};
const ALL_EU = new Set(Object.values(EU_KEY_USAGES).flat());

/** The type of a DCC: the one of `v`, `t`, `r` it holds, or undefined when not exactly one. */
export function dccTypeOf(dcc: Record<string, unknown>): DccType | undefined {
  const present = (['v', 't', 'r'] as const).filter((type) => dcc[type] !== undefined);
  return present.length === 1 ? present[0] : undefined;
}

export function keyUsageAllows(extendedKeyUsages: readonly string[], type: DccType): boolean {
  const eu = extendedKeyUsages.filter((oid) => ALL_EU.has(oid));
  return eu.length === 0 || eu.some((oid) => EU_KEY_USAGES[type].includes(oid));
}
