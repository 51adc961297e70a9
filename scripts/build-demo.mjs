// `npm run build:demo`: the playground as a static site in demo-dist/ (the mock then runs in the page).
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
const { build } = await import('vite');
await build({ configFile: 'demo/vite.config.ts' });
