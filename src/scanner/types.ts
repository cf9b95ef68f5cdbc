// The scanner's types, declared once: the scanner implements them, the service contracts and the
// desk's scan panel use them. Types only, so importing them never pulls the camera code in.
export type ScanErrorKind = 'denied' | 'no-camera' | 'in-use' | 'unsupported' | 'decoder';

export interface CameraDevice {
  deviceId: string;
  label: string;
}

export interface ScannerOptions {
  video: HTMLVideoElement;
  deviceId?: string;
  /** The codes of one frame (a card may be beside another QR), at least one of them new. */
  onCodes(texts: string[], decodedAtMs: number): void;
  onError(kind: ScanErrorKind): void;
}

/** A running camera scanner. */
export interface ScannerControl {
  /** No decoding (the camera stays on) while the desk shows a citizen. */
  pause(): void;
  /** Decoding again; the codes last reported are ignored for a few seconds (report-gate.ts). */
  resume(): void;
  stop(): void;
  setTorch(on: boolean): Promise<boolean>;
  torchAvailable: boolean;
  devices(): Promise<CameraDevice[]>;
  switchTo(deviceId: string): Promise<void>;
}
