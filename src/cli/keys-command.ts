import type { Config } from '../config/schema.js';
import { withAdmin } from './admin-access.js';
import { UsageError } from './usage-error.js';

/** `cardverify keys create|list|revoke` (decisions.md D17). Secrets are printed once, at creation, never listed. */
export async function runKeys(
  config: Config,
  positionals: string[],
  opts: { app?: string | undefined; json: boolean },
): Promise<number> {
  const [sub, arg] = positionals;
  const out = (s: string) => process.stdout.write(s + '\n');
  switch (sub) {
    case 'create': {
      const app = opts.app ?? 'default';
      if (!/^[A-Za-z0-9._-]{1,64}$/.test(app)) throw new UsageError('--app must be 1–64 letters, digits, ".", "_" or "-"');
      const key = await withAdmin(config, (ops) => ops.createKey(app));
      if (opts.json) out(JSON.stringify(key));
      else out(`SecretId:  ${key.SecretId}\nSecretKey: ${key.SecretKey}\nApp:       ${key.App}\n\nThe SecretKey is shown only now; store it safely.`);
      return 0;
    }
    case 'list': {
      const keys = await withAdmin(config, (ops) => ops.listKeys());
      if (opts.json) out(JSON.stringify(keys));
      else if (keys.length === 0) out('no keys; create one with: cardverify keys create --app NAME');
      else for (const k of keys) out(`${k.SecretId}  app=${k.App}  created=${k.CreatedAt}${k.RevokedAt ? `  revoked=${k.RevokedAt}` : ''}`);
      return 0;
    }
    case 'revoke': {
      if (arg === undefined) throw new UsageError('usage: cardverify keys revoke SECRET_ID');
      const done = await withAdmin(config, (ops) => ops.revokeKey(arg));
      out(done ? `revoked ${arg}` : `no active key ${arg}`);
      return done ? 0 : 1;
    }
    default:
      throw new UsageError('usage: cardverify keys create [--app NAME] [--json] | keys list [--json] | keys revoke SECRET_ID');
  }
}
