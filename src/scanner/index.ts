// The desk's camera scanner: decodes continuously (the next frame goes as soon as the decoder
// answers), pauses while a citizen is on screen, keeps the camera running between citizens, lets
// it go while the tablet sleeps, and reports each frame's codes once while they stay in view.
import { CameraError, hasTorch, listCameras, openCamera, setTorch } from './camera';
import { createDecoder } from './decoder';
import { frameRegion } from './frames';
import { reportGate } from './report-gate';
import type { ScannerControl, ScannerOptions } from './types';

function nextFrame(video: HTMLVideoElement): Promise<void> {
  return new Promise((resolve) => {
    if ('requestVideoFrameCallback' in video) video.requestVideoFrameCallback(() => resolve());
    else requestAnimationFrame(() => resolve());
  });
}

export async function startScanner(options: ScannerOptions): Promise<ScannerControl> {
  const { video } = options;
  let stream: MediaStream | null = null;
  let deviceId = options.deviceId;
  let stopped = false;
  let frameIndex = 0;
  const gate = reportGate();
  // While paused no frame is grabbed nor decoded: every loop waits for `resumed`.
  let paused = false;
  let resumed = Promise.resolve();
  let wake = () => {};
  const decoder = createDecoder(() => options.onError('decoder'));

  const release = () => {
    stream?.getTracks().forEach((track) => track.stop());
    stream = null;
    video.srcObject = null;
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
    void loop(stream);
  }

  async function loop(own: MediaStream): Promise<void> {
    while (!stopped && stream === own) {
      await resumed;
      await nextFrame(video);
      if (stopped || paused || stream !== own || video.videoWidth === 0) continue;
      const { sx, sy, sw, sh, resizeWidth } = frameRegion(
        video.videoWidth,
        video.videoHeight,
        frameIndex++,
      );
      const bitmap = await createImageBitmap(
        video,
        sx,
        sy,
        sw,
        sh,
        resizeWidth ? { resizeWidth } : {},
      );
      const texts = await decoder.decode(bitmap);
      const now = performance.now();
      // A frame decoded across a pause is dropped: the citizen it shows is on screen already.
      if (texts.length > 0 && !stopped && !paused && gate.accept(texts, now)) {
        options.onCodes(texts, now);
      }
    }
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
      if (paused) return;
      paused = true;
      resumed = new Promise((resolve) => (wake = resolve));
    },
    resume() {
      if (!paused) return;
      paused = false;
      gate.resumed(performance.now());
      wake();
    },
    stop() {
      stopped = true;
      wake();
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
