// @peculiar/x509, loaded after the Reflect metadata polyfill it needs (its README asks for
// `import 'reflect-metadata'` first): the room's modules import it from here, never directly.
import 'reflect-metadata';

export * as x509 from '@peculiar/x509';
