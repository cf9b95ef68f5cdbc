// The desk's camera scanner. Frames flow as a pipeline: one frame decoding in the worker while the
// next is grabbed, at most one waiting (the newest), never a queue, so the frame decoded is the
// freshest the camera has; on a busy tablet the worker rests between decodes (cadence.ts). It pauses while a citizen is on screen, keeps the camera running between
// citizens, lets it go while the tablet sleeps, and reports each frame's codes once while they
// stay in view.
import { cadence } from './cadence';
import { CameraError, hasTorch, listCameras, openCamera, setTorch } from './camera';
import { createDecoder } from './decoder';
import { frameRegion } from './frames';
import { closeGrab, grabFrame, grabIsCheap, onNextFrame, type Grab } from './grab';
import { reportGate } from './report-gate';
import type { ScannerControl, ScannerOptions } from './types';

export async function startScanner(options: ScannerOptions): Promise<ScannerControl> {
  const { video } = options;
  let stream: MediaStream | null = null;
  let deviceId = options.deviceId;
  let stopped = false;
  let paused = false;
  let frameIndex = 0;
  const gate = reportGate();
  const pace = cadence();
  const decoder = createDecoder(() => options.onError('decoder'));
  // Each (re)start of the frame watch is a generation: callbacks of an older one do nothing. A
  // frame shot before the latest (re)start is dropped: it cannot show what is in front of the
  // camera now (the card that was just dismissed, the empty desk before the next one).
  let generation = 0;
  let startedAt = 0;
  let decoding = false;
  let grabbing = false;
  let resting = false;
  let waiting: Grab | null = null;

  const crop = (width: number, height: number) => frameRegion(width, height, frameIndex++);

  function restart(): void {
    generation++;
    if (waiting) closeGrab(waiting);
    waiting = null;
    if (stopped || paused || stream === null) return;
    startedAt = performance.now();
    watch(generation);
  }

  function watch(own: number): void {
    onNextFrame(video, (shotAt) => {
      if (own !== generation) return;
      watch(own);
      if (shotAt >= startedAt) void take(own);
    });
  }

  async function take(own: number): Promise<void> {
    // A bitmap grab is costly: one at a time, none while one waits nor while the worker rests.
    if (grabbing || ((waiting || resting) && !grabIsCheap) || video.videoWidth === 0) return;
    grabbing = true;
    const grab = await grabFrame(video, () => crop(video.videoWidth, video.videoHeight)).finally(
      () => (grabbing = false),
    );
    if (own !== generation) return closeGrab(grab);
    if (waiting) closeGrab(waiting);
    waiting = grab;
    void pump(own);
  }

  async function pump(own: number): Promise<void> {
    if (decoding || resting || waiting === null) return;
    const grab = waiting;
    waiting = null;
    decoding = true;
    const { texts, ms } = await (
      'frame' in grab
        ? decoder.decode(grab.frame, crop(grab.frame.displayWidth, grab.frame.displayHeight))
        : decoder.decode(grab.bitmap, grab.crop)
    ).finally(() => (decoding = false));
    const now = performance.now();
    pace.decoded(ms);
    // A frame decoded across a pause or a restart is dropped: it is no longer what is in view.
    if (own === generation && texts.length > 0 && gate.accept(texts, now)) {
      options.onCodes(texts, now);
    }
    const rest = pace.rest();
    if (rest > 0) {
      resting = true;
      await new Promise((resolve) => setTimeout(resolve, rest));
      resting = false;
    }
    void pump(generation);
  }

  const release = () => {
    stream?.getTracks().forEach((track) => track.stop());
    stream = null;
    video.srcObject = null;
    restart();
  };

  async function open(): Promise<void> {
    release();
    try {
      stream = await openCamera(deviceId);
    } catch (error) {
      options.onError(error instanceof CameraError ? error.kind : 'unsupported');
      return;
    }
    video.srcObject = stream;
    await video.play().catch(() => undefined);
    restart();
  }

  // A sleeping tablet must not keep the camera (nor its light) on.
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') release();
    else if (!stopped && stream === null) void open();
  };
  document.addEventListener('visibilitychange', onVisibility);
  await open();

  return {
    get torchAvailable() {
      return stream !== null && hasTorch(stream);
    },
    pause() {
      paused = true;
      restart();
    },
    resume() {
      if (!paused) return;
      paused = false;
      gate.resumed(performance.now());
      restart();
    },
    stop() {
      stopped = true;
      document.removeEventListener('visibilitychange', onVisibility);
      release();
      decoder.terminate();
    },
    setTorch: (on) => (stream ? setTorch(stream, on) : Promise.resolve(false)),
    devices: listCameras,
    async switchTo(id) {
      deviceId = id;
      await open();
    },
  };
}
