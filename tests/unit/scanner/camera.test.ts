import { afterEach, describe, expect, it, vi } from 'vitest';
import { CameraError, listCameras, openCamera } from '../../../src/scanner/camera';

function cameraFailingWith(name: string) {
  const getUserMedia = vi.fn(() => Promise.reject(Object.assign(new Error(name), { name })));
  vi.stubGlobal('navigator', { mediaDevices: { getUserMedia } });
  return getUserMedia;
}

async function kindOf(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CameraError);
  return (error as CameraError).kind;
}

afterEach(() => vi.unstubAllGlobals());

describe('openCamera', () => {
  it.each([
    ['NotAllowedError', 'denied'],
    ['SecurityError', 'denied'],
    ['NotFoundError', 'no-camera'],
    ['OverconstrainedError', 'no-camera'],
    ['NotReadableError', 'in-use'],
    ['AbortError', 'in-use'],
    ['TypeError', 'unsupported'],
  ])('names %s as %s', async (name, kind) => {
    cameraFailingWith(name);
    expect(await kindOf(openCamera())).toBe(kind);
  });

  it('is unsupported without mediaDevices', async () => {
    vi.stubGlobal('navigator', {});
    expect(await kindOf(openCamera())).toBe('unsupported');
  });

  it('asks for the back camera as ideal, never exact, at 1280×720', async () => {
    const getUserMedia = cameraFailingWith('NotFoundError');
    await openCamera().catch(() => undefined);
    expect(getUserMedia).toHaveBeenCalledWith({
      audio: false,
      video: {
        facingMode: { ideal: 'environment' },
        deviceId: undefined,
        width: { ideal: 1280 },
        height: { ideal: 720 },
      },
    });
  });

  it('asks for exactly the camera picked', async () => {
    const getUserMedia = cameraFailingWith('NotFoundError');
    await openCamera('cam-2').catch(() => undefined);
    expect(getUserMedia.mock.calls[0]).toMatchObject([
      { video: { facingMode: undefined, deviceId: { exact: 'cam-2' } } },
    ]);
  });
});

describe('listCameras', () => {
  it('lists the video inputs only, for the picker', async () => {
    const enumerateDevices = () =>
      Promise.resolve([
        { kind: 'audioinput', deviceId: 'mic', label: 'Mic', groupId: '' },
        { kind: 'videoinput', deviceId: 'back', label: 'Back camera', groupId: '' },
        { kind: 'videoinput', deviceId: 'front', label: 'Front camera', groupId: '' },
      ]);
    vi.stubGlobal('navigator', { mediaDevices: { enumerateDevices } });
    expect(await listCameras()).toEqual([
      { deviceId: 'back', label: 'Back camera' },
      { deviceId: 'front', label: 'Front camera' },
    ]);
  });

  it('is empty where devices cannot be listed', async () => {
    vi.stubGlobal('navigator', {});
    expect(await listCameras()).toEqual([]);
  });
});
