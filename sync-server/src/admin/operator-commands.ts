// Report operators: `operator:add` creates an account for the /reports pages and prints
// its generated password once; only a slow salted verifier is stored. `operator:password` draws a
// new one the same way; `operator:disable` and `operator:enable` stop and restore sign-in. Each
// of these ends the operator's open sessions.
import {
  createPasswordVerifier,
  newPassword,
  type OperatorChange,
  formatScope,
  parseScope,
  operatorsRepo,
} from '../operators';
import type { Store } from '../store/store';
import { AdminError } from './admin-error';
import { required } from './checks';
import type { Command } from '../shared/admin-command';
import { sitesRepo } from '../store/repos/sites';

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;

const operatorAdd: Command = {
  usage: '--username NAME --name "FULL NAME" --scope national|province:CODE|site:ID',
  options: ['username', 'name', 'scope'],
  async run(store, o) {
    const id = required(o.username, 'username').toLowerCase();
    if (!USERNAME.test(id)) {
      throw new AdminError('a username is 2-64 lowercase letters, digits, dots, dashes or _');
    }
    const scope = parseScope(required(o.scope, 'scope'));
    if (!scope) throw new AdminError('--scope must be national, province:CODE or site:ID');
    if (scope.kind === 'site' && !(await sitesRepo(store).get(scope.siteId))) {
      throw new AdminError(`no site "${scope.siteId}"`);
    }
    if (await operatorsRepo(store).exists(id))
      throw new AdminError(`operator "${id}" already exists`);
    const password = newPassword();
    await operatorsRepo(store).create(
      {
        id,
        name: required(o.name, 'name'),
        scope,
        password: await createPasswordVerifier(password),
      },
      new Date(),
    );
    return [
      `Operator ${id} created (${formatScope(scope)})`,
      `Password: ${password}`,
      'Shown once: give it to the operator; they sign in at /reports',
    ];
  },
};

const username = (value: string | undefined) => required(value, 'username').toLowerCase();

async function updated(store: Store, id: string, change: OperatorChange): Promise<void> {
  if (!(await operatorsRepo(store).update(id, change))) throw new AdminError(`no operator "${id}"`);
}

const operatorDisable: Command = {
  usage: '--username NAME',
  options: ['username'],
  async run(store, o) {
    const id = username(o.username);
    await updated(store, id, { disabledAt: new Date() });
    return [`Operator ${id} disabled; their sessions have ended and they can no longer sign in`];
  },
};

const operatorEnable: Command = {
  usage: '--username NAME',
  options: ['username'],
  async run(store, o) {
    const id = username(o.username);
    await updated(store, id, { disabledAt: null });
    return [`Operator ${id} enabled; they sign in with their password`];
  },
};

const operatorPassword: Command = {
  usage: '--username NAME',
  options: ['username'],
  async run(store, o) {
    const id = username(o.username);
    const password = newPassword();
    await updated(store, id, { password: await createPasswordVerifier(password) });
    return [
      `Operator ${id}: new password (their sessions have ended)`,
      `Password: ${password}`,
      'Shown once: give it to the operator',
    ];
  },
};

export const OPERATOR_COMMANDS: Record<string, Command> = {
  'operator:add': operatorAdd,
  'operator:disable': operatorDisable,
  'operator:enable': operatorEnable,
  'operator:password': operatorPassword,
};
