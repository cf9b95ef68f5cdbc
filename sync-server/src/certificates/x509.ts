// @peculiar/x509, loaded after the Reflect metadata it needs (reflect-metadata.ts): the room's
// modules import it from here, never directly.
import './reflect-metadata';

export * as x509 from '@peculiar/x509';
