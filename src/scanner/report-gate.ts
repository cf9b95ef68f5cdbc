// Which frames' codes reach the desk: a code is reported once, then not again until it has been
// out of view for `quietMs`. A frame is reported whole (the desk chooses among its codes) when
// one of its codes is new.
export function reportGate(quietMs = 2000) {
  const lastSeen = new Map<string, number>();
  return (texts: readonly string[], now: number): boolean => {
    const fresh = texts.some((text) => now - (lastSeen.get(text) ?? -Infinity) > quietMs);
    for (const text of texts) lastSeen.set(text, now);
    for (const [text, at] of lastSeen) if (now - at > quietMs) lastSeen.delete(text);
    return fresh;
  };
}
