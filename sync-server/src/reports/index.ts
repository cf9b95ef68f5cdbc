// The reports feature's public face: the device's day report and the operators' pages.
export { reportRoutes } from './day-routes';
export { reportsPages } from './pages/index';
