// The demo seed's public face: the demo site on an empty database.
export { seedDemoIfEmpty } from './demo-seed';
