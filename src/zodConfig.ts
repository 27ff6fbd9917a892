/**
 * zod 4 compiles object parsers with `new Function` unless told not to, and the production build's
 * Content-Security-Policy forbids eval (`script-src 'self'`, no 'unsafe-eval'). Importing this module first
 * (src/main.tsx, every worker entry) switches zod to its interpreter before any schema is built: zod decides
 * per schema, at construction, whether to compile.
 */
import { config } from 'zod';

config({ jitless: true });
