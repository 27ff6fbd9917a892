/**
 * Gridscout's Content-Security-Policy: no inline scripts, no eval, nothing from another origin, and no framing.
 *
 * - The production server (`npm run preview`, which the browser tests also use) sends the policy as an HTTP
 *   header on every response: the page, its scripts, its workers (a worker script is governed by the policy
 *   of its own response) and the data files. Only a header can carry `frame-ancestors` (clickjacking).
 * - The built index.html also carries the policy in a `<meta>` tag (without `frame-ancestors`, which a meta
 *   policy ignores), so a copy of `dist/` served by a host that sets no headers still forbids eval and
 *   off-origin requests in the page.
 * - Dev mode (`npm start`) is left alone: Vite's HMR client needs inline scripts and a websocket.
 *
 * Deploying `dist/` elsewhere: send the headers of `securityHeaders()` (README, "Deploy").
 */
import type { Connect, Plugin } from 'vite';

const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** The policy as a `<meta>` tag can carry it. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** The policy as an HTTP header carries it: the meta policy plus `frame-ancestors 'none'`. */
export const CONTENT_SECURITY_POLICY_HEADER = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** Every header the production server sends with every response. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
    // For browsers that predate frame-ancestors.
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

const withSecurityHeaders: Connect.NextHandleFunction = (_req, res, next) => {
  for (const [name, value] of Object.entries(securityHeaders())) res.setHeader(name, value);
  next();
};

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'gridscout-content-security-policy',
    // Runs before Vite's static file handler, so every file the preview server sends carries the headers.
    configurePreviewServer(server) {
      server.middlewares.use(withSecurityHeaders);
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) =>
        ctx.server
          ? []
          : [
              {
                tag: 'meta',
                attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
                injectTo: 'head-prepend',
              },
            ],
    },
  };
}
