// Demo report operators (issue 5), printed at the first start next to the enrollment code, like
// the demo PINs. Fixed passwords: this is a demo database, never a real one.
import type { OperatorScope } from '../services/reports/scope';
import { DEMO_SITE } from './demo-reference';

export interface DemoOperator {
  id: string;
  name: string;
  scope: OperatorScope;
  password: string;
}

export const DEMO_OPERATORS: readonly DemoOperator[] = [
  {
    id: 'demo-national',
    name: 'Cán bộ Bộ Y tế (demo)',
    scope: { kind: 'national' },
    password: 'demo-national-2026',
  },
  {
    id: 'demo-province',
    name: 'Cán bộ Sở Y tế (demo)',
    scope: { kind: 'province', province: DEMO_SITE.province },
    password: 'demo-province-2026',
  },
];
