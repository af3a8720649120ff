/**
 * The API 3.0 response envelope (spec §B, decisions.md D5). Every answer, success or error, is HTTP 200 with
 * exactly this Content-Type; the Python SDK only looks for `Response.Error` when the header is exactly
 * `application/json` (spec §B.3), so no charset suffix.
 */

export const RESPONSE_CONTENT_TYPE = 'application/json';

/**
 * `{"Response":{...data,"RequestId":"…"}}`: the action's outputs directly inside `Response`, `RequestId` last.
 * A handler that returns `RequestId` has it replaced; one that returns `Error` is a programming fault (SDKs would
 * read the reply as a failure), so it throws and the gateway answers InternalError.
 */
export function successEnvelope(data: Readonly<Record<string, unknown>>, requestId: string): string {
  if (Object.hasOwn(data, 'Error')) {
    throw new TypeError('an action result must not carry an `Error` member');
  }
  // Object.fromEntries defines own properties, so a key such as `__proto__` cannot reach the prototype.
  const response = Object.fromEntries([
    ...Object.entries(data).filter(([key]) => key !== 'RequestId'),
    ['RequestId', requestId],
  ]);
  return JSON.stringify({ Response: response });
}

/** `{"Response":{"Error":{"Code":…,"Message":…},"RequestId":…}}` — no action output accompanies an error (§B.2). */
export function errorEnvelope(code: string, message: string, requestId: string): string {
  return JSON.stringify({ Response: { Error: { Code: code, Message: message }, RequestId: requestId } });
}
