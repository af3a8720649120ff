import { z } from 'zod';
import { ENV_VARIABLES } from './load-config.js';
import { configSchema } from './schema.js';

/** Renders docs/configuration.md's settings table from the schema, so the doc cannot drift from the code. */
export function renderConfigTable(): string {
  const rows: string[] = ['| Setting | Environment variable | Default | Meaning |', '|---|---|---|---|'];
  const walk = (shape: z.ZodRawShape, prefix: string) => {
    for (const [key, raw] of Object.entries(shape)) {
      const path = prefix + key;
      let node = raw as z.ZodTypeAny;
      let def: unknown;
      const description = node.description ?? '';
      for (;;) {
        if (node instanceof z.ZodDefault) {
          def = node._def.defaultValue();
          node = node._def.innerType;
        } else if (node instanceof z.ZodOptional) node = node._def.innerType;
        else break;
      }
      if (node instanceof z.ZodObject) {
        walk(node.shape as z.ZodRawShape, path + '.');
        continue;
      }
      const env = ENV_VARIABLES.find((v) => v.path === path)?.name;
      const shown = def === undefined ? '(none)' : `\`${JSON.stringify(def)}\``;
      rows.push(`| \`${path}\` | ${env ? `\`${env}\`` : ''} | ${shown} | ${description} |`);
    }
  };
  walk(configSchema.shape, '');
  return rows.join('\n') + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(renderConfigTable());
