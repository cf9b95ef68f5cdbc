// Which registry answers: the look-up API when REGISTRY_URL is set, else the imported extract.
import type { Config } from '../config';
import type { DbHandle } from '../store/db-handle';
import { extractSource } from './extract-source';
import { httpSource } from './http-source';
import type { RegistrySource } from './source';

export const registrySource = (registry: Config['registry'], handle: DbHandle): RegistrySource =>
  registry === undefined ? extractSource(handle) : httpSource(registry);
