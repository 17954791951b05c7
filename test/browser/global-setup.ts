import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDist } from './support/serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built app once for all browser tests (npm test builds it just before). */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` before the browser tests');
  const server = await serveDist();
  project.provide('baseUrl', server.url);
  return () => server.close();
}
