// The devices feature's public face: enrollment, device tokens and the device check on routes.
export { deviceOf, requireDeviceAuth } from './device-auth';
export { devicesRepo, type DeviceIdentity, type DeviceWithKey } from './devices-repo';
export { enrollRoutes } from './enroll-routes';
export { enrollmentRepo } from './enrollment-repo';
export { siteDevicesRoutes } from './site-devices-routes';
