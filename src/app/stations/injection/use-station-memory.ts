// State a station keeps while the app runs, across switching tabs on a mobile team's tablet (not
// across reloads): e.g. the vial a nurse opened but has not drawn a dose from yet.
import { useState } from 'preact/hooks';

const memory = new Map<string, unknown>();

export function useStationMemory<T>(key: string, initial: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => (memory.has(key) ? (memory.get(key) as T) : initial));
  return [
    value,
    (next) => {
      memory.set(key, next);
      setValue(next);
    },
  ];
}
