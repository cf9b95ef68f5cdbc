// How often the worker decodes. While a frame decodes faster than the camera makes the next, every
// frame is decoded. On a busy tablet, where a decode takes longer than a camera frame, the worker
// rests between decodes so that it takes at most `duty` of a core: the UI thread, which has to
// show the citizen once a code is read, keeps its share, and the frame decoded after a rest is the
// newest. The decode time is a moving average of the worker's own measure.
const FRAME_MS = 1000 / 30;

export interface Cadence {
  decoded(ms: number): void;
  /** Ms to wait before the next decode. */
  rest(): number;
}

export function cadence(duty = 0.5, weight = 0.25): Cadence {
  let average: number | null = null;
  return {
    decoded(ms) {
      average = average === null ? ms : average + weight * (ms - average);
    },
    rest() {
      if (average === null || average <= FRAME_MS) return 0;
      return average * (1 / duty - 1);
    },
  };
}
