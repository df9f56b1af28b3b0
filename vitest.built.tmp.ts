import { defineConfig } from 'vitest/config';
// Reuses ./dist (already built) instead of building twice: for quick local runs only.
export default defineConfig({ test: { include: ['tests/**/*.test.ts'], pool: 'forks', testTimeout: 120_000, hookTimeout: 600_000, provide: { dist: { root: process.cwd() + '/dist', base: process.cwd() + '/dist', basePath: '/briefing/' } } } });
