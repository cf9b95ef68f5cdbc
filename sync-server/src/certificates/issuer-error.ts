// A refusal of the issuer's (no issuer yet, one already there, a key file it cannot read): the
// message says what happened and what to do; the admin command prints it as one line.
export class IssuerError extends Error {}
