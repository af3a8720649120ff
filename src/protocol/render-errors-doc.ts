import { pathToFileURL } from 'node:url';
import { ERROR_CATALOGUE, type ErrorSpec } from './errors.js';

/**
 * Renders docs/errors.md from the error catalogue, so the document cannot drift from the code
 * (test/protocol/errors-doc.test.ts compares them). Regenerate with
 * `node --import tsx src/protocol/render-errors-doc.ts > docs/errors.md`.
 */

const INTRO = `# Error codes

<!-- Generated from src/protocol/errors.ts by src/protocol/render-errors-doc.ts; do not edit by hand.
     Regenerate: node --import tsx src/protocol/render-errors-doc.ts > docs/errors.md -->

Every answer of the Tencent API at \`/\` is HTTP 200 with \`Content-Type: application/json\` (decisions.md D5). A
failure is marked by \`Response.Error\`:

\`\`\`json
{"Response":{"Error":{"Code":"MissingParameter","Message":"The request is missing a required parameter \`Region\`."},"RequestId":"…"}}
\`\`\`

Clients must branch on \`Code\`, never on \`Message\`. \`Message\` follows \`X-TC-Language\` (TC3) or \`Language\` (v1):
\`zh-CN\` gives Chinese, anything else English. A code can have several messages ("variants"), one per distinct
trigger; \`{name}\` marks a value filled in per request. Messages marked *(observed)* reproduce the text real
Tencent servers were seen to send (spec §C).

Checks run in this order, so a request with several faults gets the first one's code (spec §J): HTTP method →
signature style → size → common parameters → clock → session token → SecretId syntax → key lookup → signature →
replay → version → action → region → rate limit → action parameters → action.

Codes marked **not used** are part of Tencent's lists for these actions but are never sent by cardverify; the
reason is given.
`;

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function rows(code: string, spec: ErrorSpec): string[] {
  const when = spec.used ? spec.when : `**Not used by cardverify.** ${spec.when}`;
  return Object.entries(spec.messages).map(([variant, template], i) =>
    [
      i === 0 ? `\`${code}\`` : '',
      i === 0 ? spec.kind : '',
      i === 0 ? cell(spec.meaning) : '',
      i === 0 ? cell(when) : '',
      `\`${variant}\``,
      cell(template['en-US']) + (template.observed === true ? ' *(observed)*' : ''),
      cell(template['zh-CN']),
    ].join(' | '),
  );
}

/** The table alone: one row per message variant; code, kind, meaning and use on the code's first row. */
export function renderErrorTable(): string {
  const header = [
    '| Code | Kind | Meaning (Tencent) | When cardverify returns it | Variant | en-US message | zh-CN message |',
    '|---|---|---|---|---|---|---|',
  ];
  const body = Object.entries(ERROR_CATALOGUE).flatMap(([code, spec]) => rows(code, spec).map((row) => `| ${row} |`));
  return [...header, ...body].join('\n') + '\n';
}

export function renderErrorsDoc(): string {
  return `${INTRO}\n${renderErrorTable()}`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(renderErrorsDoc());
}
