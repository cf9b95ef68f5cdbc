// The admin feature's public face: what the launcher prints of it.
export { registrationLine } from './registrations-list';
