#!/usr/bin/env node
// Launcher for the importer (src/lib/import/cli.ts): TypeScript compiled on load (scripts/lib/ts-hooks.mjs).
import { registerTypeScript } from '../scripts/lib/ts-hooks.mjs';

registerTypeScript();
const { main } = await import('../src/lib/import/cli.ts');
process.exitCode = await main(process.argv.slice(2));
