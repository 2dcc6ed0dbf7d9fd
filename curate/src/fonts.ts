/**
 * The workbench's font, bundled from npm and served from the API's own origin (CSP `font-src
 * 'self'`), as the IDE's (ide/src/fonts.ts): Be Vietnam Pro with Fontsource's `vietnamese` subset
 * next to `latin` and `latin-ext`, each subset a file loaded only when the page shows one of its
 * letters, so articles read right (ế, ữ, ợ, ạ, ỹ drawn from one font) on any system.
 */
import "@fontsource/be-vietnam-pro/400.css";
import "@fontsource/be-vietnam-pro/500.css";
import "@fontsource/be-vietnam-pro/700.css";
