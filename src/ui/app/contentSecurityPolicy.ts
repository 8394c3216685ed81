// The Content-Security-Policy of the built app (set as a <meta> by vite.config.ts on `vite build`): scripts, workers
// and styles only from its own files, no inline script, no eval (zod's compiled parsers are off: public/zod-jitless.js), and
// connections only to its own origin — which in CSP Level 3 includes ws: and wss: to the same host and port, where
// the hall server is to be served. Images, sounds and fonts may also be data: or blob: URLs (Phaser's built-in
// textures, Howler's unlock sound, downloads).
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
