/** Bad input to an admin command: printed as is, exit code 1. */
export class AdminError extends Error {}
