// The operators feature's public face: accounts, passwords, sign-in, sessions and scope.
export {
  SESSION_TTL_MS,
  SIGN_IN_PATH,
  isHttps,
  operatorOf,
  operatorToken,
  requireOperator,
  safeNext,
  sessionCookie,
  type Operator,
} from './operator-auth';
export { operatorsRepo, type OperatorChange } from './operators-repo';
export { createPasswordVerifier, newPassword } from './password';
export {
  effectiveScope,
  formatScope,
  isProvinceValue,
  parseScope,
  type OperatorScope,
} from './scope';
export { signInLimits } from './sign-in-limits';
export { signInOperator } from './sign-in';
export { inScope, siteKeyInScope } from './scope-sql';
