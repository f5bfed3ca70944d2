// Where the sigwiki package itself is installed: its layouts, its package.json, its schemas.
import { fileURLToPath } from 'node:url';

/** Root folder of the sigwiki package (ends with a separator): `dist/` is one level below it. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../', import.meta.url));
