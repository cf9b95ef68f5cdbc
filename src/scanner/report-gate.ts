// Which frames' codes reach the desk: a code is reported once, then not again until it has been
// out of view for `quietMs`. A frame is reported whole (the desk chooses among its codes) when
// one of its codes is new. While a citizen is on screen decoding pauses; when it resumes, the
// codes that brought them are ignored for `afterResumeMs`, even if their card has left the view
// and come back (it is often still in the citizen's hand when the volunteer taps Cancel).
export interface ReportGate {
  /** True when the frame's codes go to the desk. */
  accept(texts: readonly string[], now: number): boolean;
  resumed(now: number): void;
}

export function reportGate(quietMs = 2000, afterResumeMs = 3000): ReportGate {
  const lastSeen = new Map<string, number>();
  let lastReport: readonly string[] = [];
  let ignoreUntil = -Infinity;
  const fresh = (text: string, now: number) =>
    now - (lastSeen.get(text) ?? -Infinity) > quietMs &&
    !(now < ignoreUntil && lastReport.includes(text));
  return {
    accept(texts, now) {
      const report = texts.some((text) => fresh(text, now));
      for (const text of texts) lastSeen.set(text, now);
      for (const [text, at] of lastSeen) if (now - at > quietMs) lastSeen.delete(text);
      if (report) lastReport = texts;
      return report;
    },
    resumed(now) {
      ignoreUntil = now + afterResumeMs;
    },
  };
}
