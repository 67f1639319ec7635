import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: ['./platform/*/schema.ts', './modules/*/server/schema.ts'],
  out: './migrations',
});
