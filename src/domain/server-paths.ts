// The paths the sync-server answers itself; every other path on its origin is the tablet app.
// The service worker must not answer a navigation to one of them with the app shell, and the
// server must not fall back to the app for one it has no route for: both read this one list, and
// a server test checks that every route the server registers is on it.

/** Path prefixes: the prefix itself and everything below it. */
export const SERVER_PATH_PREFIXES = [
  '/api',
  '/healthz',
  '/reports',
  '/fhir',
  '/dcc',
  '/certificate',
] as const;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches a path (with or without its query) that the server owns. */
export const SERVER_PATHS: readonly RegExp[] = SERVER_PATH_PREFIXES.map(
  (prefix) => new RegExp(`^${escape(prefix)}(?:[/?#]|$)`),
);

export function isServerPath(pathAndQuery: string): boolean {
  return SERVER_PATHS.some((re) => re.test(pathAndQuery));
}
