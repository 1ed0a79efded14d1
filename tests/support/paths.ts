import { fileURLToPath } from 'node:url';

/** The repository root, resolved from this file so tests run from any working directory. */
export const root = fileURLToPath(new URL('../../', import.meta.url));

/** The production build output that the site and browser tiers check. */
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
