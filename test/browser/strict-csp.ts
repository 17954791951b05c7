/**
 * The strict Content-Security-Policy the app is tested under, read from the nginx config that sends it
 * (deploy/nginx/atlas.conf, `set $atlas_csp "…";`): one place, so the policy the tests enforce and the
 * header a host serves cannot drift apart.
 */
import { readFileSync } from 'node:fs';

export const ATLAS_CONF = new URL('../../deploy/nginx/atlas.conf', import.meta.url);

function readPolicy(): string {
  const conf = readFileSync(ATLAS_CONF, 'utf8');
  const m = /^set \$atlas_csp "([^"]+)";$/m.exec(conf);
  if (!m) throw new Error('deploy/nginx/atlas.conf has no `set $atlas_csp "…";` line');
  return m[1];
}

export const STRICT_CSP = readPolicy();
