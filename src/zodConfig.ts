/**
 * zod, configured for the Content-Security-Policy. zod 4 compiles object parsers with `new Function` unless told
 * not to, and the production policy forbids eval (`script-src 'self'`, no 'unsafe-eval'). zod decides per schema,
 * when the schema is built, so the switch must run before any schema exists: vite.config.ts aliases the bare
 * specifier `zod` to this module for the app and its workers, so every `import { z } from 'zod'` evaluates zod,
 * then this switch, then the importing module, whatever chunk the bundler puts them in.
 */
import { config } from 'zod/v4';

config({ jitless: true });

export * from 'zod/v4';
