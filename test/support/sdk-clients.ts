import { createRequire } from 'node:module';

/**
 * The official Tencent Cloud SDKs from npm, used unchanged as clients (decisions.md D2: they are the judges).
 * Both expose a generic `CommonClient`; the intl SDK's signs v1 HmacSHA256 over POST form by default, the common
 * SDK's signs TC3 by default.
 */
const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const intl = require('tencentcloud-sdk-nodejs-intl-en/tencentcloud/common') as {
  CommonClient: new (endpoint: string, version: string, credential: unknown, region: string, profile: unknown) => IntlClient;
  ClientProfile: new (signMethod?: string, httpProfile?: unknown) => unknown;
  HttpProfile: new (protocol?: string, endpoint?: string, reqMethod?: string) => unknown;
  Credential: new (secretId: string, secretKey: string) => unknown;
};
const common = require('tencentcloud-sdk-nodejs-common') as {
  CommonClient: new (endpoint: string, version: string, config: unknown) => { request(action: string, params: unknown): Promise<Record<string, unknown>> };
};

interface IntlClient {
  request(action: string, params: unknown, options: unknown, cb: (err: unknown, data: Record<string, unknown>) => void): void;
}

export interface Key {
  SecretId: string;
  SecretKey: string;
}

export type SdkCall = (action: string, params: Record<string, unknown>) => Promise<Record<string, unknown>>;

export interface SdkOptions {
  endpoint: string;
  key: Key;
  region?: string;
  version?: string;
}

/** tencentcloud-sdk-nodejs-intl-en: v1 HmacSHA256 over POST form (its default), or TC3 when asked. */
export function intlClient(o: SdkOptions & { signMethod?: 'HmacSHA256' | 'HmacSHA1' | 'TC3-HMAC-SHA256'; reqMethod?: 'POST' | 'GET' }): SdkCall {
  const profile = new intl.ClientProfile(o.signMethod, new intl.HttpProfile('http://', o.endpoint, o.reqMethod ?? 'POST'));
  const client = new intl.CommonClient(o.endpoint, o.version ?? '2018-03-01', new intl.Credential(o.key.SecretId, o.key.SecretKey), o.region ?? 'ap-singapore', profile);
  return (action, params) =>
    new Promise((resolve, reject) => client.request(action, params, {}, (err, data) => (err ? reject(err) : resolve(data))));
}

/** tencentcloud-sdk-nodejs-common: TC3 (its default), HmacSHA1 or HmacSHA256, POST or GET. */
export function commonClient(
  o: SdkOptions & { signMethod?: 'TC3-HMAC-SHA256' | 'HmacSHA256' | 'HmacSHA1'; reqMethod?: 'POST' | 'GET'; language?: 'zh-CN' | 'en-US' },
): SdkCall {
  const client = new common.CommonClient(o.endpoint, o.version ?? '2018-03-01', {
    credential: { secretId: o.key.SecretId, secretKey: o.key.SecretKey },
    region: o.region ?? 'ap-singapore',
    profile: {
      signMethod: o.signMethod ?? 'TC3-HMAC-SHA256',
      language: o.language,
      httpProfile: { endpoint: o.endpoint, protocol: 'http://', reqMethod: o.reqMethod ?? 'POST' },
    },
  });
  return (action, params) => client.request(action, params);
}

/** The error code an SDK call failed with (both SDKs throw TencentCloudSDKHttpException with `code`). */
export async function errorOf(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (err) {
    const e = err as { code?: string; message?: string };
    return { code: e.code ?? '', message: e.message ?? '' };
  }
  throw new Error('expected the call to fail');
}
