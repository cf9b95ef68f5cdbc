// A service whose code loads on first use: every method waits for the module, then forwards.
// Keeps the stations' storage logic out of the shell that every start parses.
type AsyncMethod = (...args: never[]) => Promise<unknown>;

export function lazyService<T extends { [K in keyof T]: AsyncMethod }>(
  load: () => Promise<T>,
  /** Every method name, so a method added to T without being listed here fails to compile. */
  methods: Record<keyof T, true>,
): T {
  const proxy: Partial<Record<keyof T, unknown>> = {};
  for (const name of Object.keys(methods) as (keyof T)[]) {
    proxy[name] = async (...args: never[]) => (await load())[name](...args);
  }
  return proxy as T;
}
