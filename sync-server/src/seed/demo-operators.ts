// Demo report operators, printed at the first start next to the enrollment code. Unlike
// the demo PINs (which open only the demo site), their passwords are drawn at random: a national
// operator sees every site, and a database first started empty may later hold real ones.
import type { OperatorScope } from '../operators';
import { DEMO_SITE } from './demo-reference';

export interface DemoOperator {
  id: string;
  name: string;
  scope: OperatorScope;
}

export const DEMO_OPERATORS: readonly DemoOperator[] = [
  {
    id: 'demo-national',
    name: 'Cán bộ Bộ Y tế (demo)',
    scope: { kind: 'national' },
  },
  {
    id: 'demo-province',
    name: 'Cán bộ Sở Y tế (demo)',
    scope: { kind: 'province', province: DEMO_SITE.province },
  },
];
