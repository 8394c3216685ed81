// Runs before the app's modules (a classic script in the page's head): zod defines its object parsers with
// `new Function` unless its global config says jitless before the first schema is made, and the app's
// Content-Security-Policy refuses eval (see src/ui/app/contentSecurityPolicy.ts). Parsing gives the same results.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
