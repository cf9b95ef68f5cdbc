/** Asks the browser not to evict our IndexedDB under storage pressure; queued records live there. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
