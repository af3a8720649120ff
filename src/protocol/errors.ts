/**
 * THE error catalogue: every wire error code cardverify knows, what Tencent documents it to mean, when cardverify
 * returns it (or why it never does), and its message templates in both languages. docs/errors.md is rendered from
 * this object (src/protocol/render-errors-doc.ts) and test/protocol/errors-doc.test.ts keeps the two equal.
 *
 * Sources: common codes spec §C, business codes spec §D.7/§E.5. Observed real Tencent messages are used verbatim
 * where spec §C quotes them (MissingParameter, InvalidParameter form, InvalidParameterValue, UnsupportedRegion,
 * AuthFailure.SecretIdNotFound, AuthFailure.SignatureFailure). Only `Error.Message` is localised (decisions.md D5).
 *
 * A message template may name parameters as `{name}`; a code may carry several templates ("variants") for its
 * distinct triggers, `default` always among them. The catalogue's length is the data it holds, not logic.
 */

export type Language = 'en-US' | 'zh-CN';

export interface MessageTemplate {
  readonly 'en-US': string;
  readonly 'zh-CN': string;
  /** The English text is what real Tencent servers were observed to send (spec §C). */
  readonly observed?: boolean;
}

export interface ErrorSpec {
  /** `common` = API 3.0 common code (spec §C); `business` = faceid card-verification code (spec §D.7, §E.5). */
  readonly kind: 'common' | 'business';
  /** What Tencent documents the code to mean. */
  readonly meaning: string;
  /** Whether cardverify ever answers with this code. */
  readonly used: boolean;
  /** When cardverify returns it; for an unused code, why it never does. */
  readonly when: string;
  readonly messages: { readonly default: MessageTemplate } & Readonly<Record<string, MessageTemplate>>;
}

const NO_CAM =
  'cardverify has no CAM policies: every key of an application may call both actions, and a token of another ' +
  'application is answered with `InvalidParameterValue.InvalidParameterValueLimit` (decisions.md D15, D17).';
const NO_RESOURCES =
  'cardverify manages no cloud resources; an unknown, expired or foreign token is answered with ' +
  '`InvalidParameterValue.InvalidParameterValueLimit` (decisions.md D15).';

export const ERROR_CATALOGUE = {
  'AuthFailure.InvalidAuthorization': {
    kind: 'common',
    meaning: 'The `Authorization` header is not a valid CAM signature header (listed by faceid itself).',
    used: true,
    when:
      'A TC3 request whose `Authorization` header cannot be parsed: an algorithm other than `TC3-HMAC-SHA256`, ' +
      'a missing `Credential`, `SignedHeaders` or `Signature`, a credential scope not of the form ' +
      '`SecretId/YYYY-MM-DD/service/tc3_request`, `SignedHeaders` without `content-type` and `host`, or a ' +
      '`Signature` that is not 64 hex digits.',
    messages: {
      default: {
        'en-US': 'The `Authorization` header is malformed.',
        'zh-CN': '`Authorization` 请求头格式错误。',
      },
      algorithm: {
        'en-US': 'The `Authorization` header must use the `TC3-HMAC-SHA256` algorithm.',
        'zh-CN': '`Authorization` 请求头必须使用 `TC3-HMAC-SHA256` 签名算法。',
      },
      credential: {
        'en-US': 'The credential in the `Authorization` header must be `SecretId/YYYY-MM-DD/service/tc3_request`.',
        'zh-CN': '`Authorization` 请求头中的凭证必须为 `SecretId/YYYY-MM-DD/service/tc3_request` 格式。',
      },
      signedHeaders: {
        'en-US': '`SignedHeaders` in the `Authorization` header must include `content-type` and `host`.',
        'zh-CN': '`Authorization` 请求头中的 `SignedHeaders` 必须包含 `content-type` 和 `host`。',
      },
    },
  },
  'AuthFailure.InvalidSecretId': {
    kind: 'common',
    meaning: 'The key is not a cloud API key type.',
    used: true,
    when:
      'The SecretId is not 1 to 128 printable ASCII characters without spaces, so it cannot name any key ' +
      'cardverify issues. Checked before the key store is asked.',
    messages: {
      default: { 'en-US': 'Invalid key (not a cloud API key type).', 'zh-CN': '密钥非法（不是云 API 密钥类型）。' },
    },
  },
  'AuthFailure.MFAFailure': {
    kind: 'common',
    meaning: 'Multi-factor authentication failed.',
    used: false,
    when: 'cardverify has no multi-factor authentication.',
    messages: { default: { 'en-US': 'MFA verification failed.', 'zh-CN': 'MFA 校验失败。' } },
  },
  'AuthFailure.SecretIdNotFound': {
    kind: 'common',
    meaning: 'The key does not exist or is disabled.',
    used: true,
    when: 'A well-formed SecretId for which the key store has no active key (never issued, or revoked).',
    messages: {
      default: {
        observed: true,
        'en-US': 'The SecretId is not found, please ensure that your SecretId is correct.',
        'zh-CN': 'SecretId 不存在，请确认您的 SecretId 是否正确。',
      },
    },
  },
  'AuthFailure.SignatureExpire': {
    kind: 'common',
    meaning: 'The request timestamp is too far from server time (5 minutes).',
    used: true,
    when:
      '`X-TC-Timestamp` / `Timestamp` differs from server time by more than `protocol.maxClockSkewSeconds` ' +
      '(300 s by default), in either direction, for TC3 and v1 alike (decisions.md D3).',
    messages: {
      default: {
        'en-US': 'Signature expired: the timestamp differs from server time by more than {seconds} seconds. Check that your clock is synchronised.',
        'zh-CN': '签名过期：请求时间戳与服务器时间相差超过 {seconds} 秒，请检查本地时间是否与标准时间同步。',
      },
    },
  },
  'AuthFailure.SignatureFailure': {
    kind: 'common',
    meaning: 'The signature does not match.',
    used: true,
    when:
      'The TC3 or v1 signature does not match the request as received (spec §A.5, §A.7, with the tolerances of ' +
      '§A.9); the TC3 credential date is not the UTC date of the timestamp; or the request repeats one already ' +
      'run inside the clock-skew window: same SecretId, Nonce, Timestamp and Signature for v1, same signature ' +
      'for TC3 (replay, decisions.md D3). A request refused before reaching its action (version, action, region, ' +
      'rate limit) is not remembered, so the Go SDK can re-send it on `RequestLimitExceeded`.',
    messages: {
      default: {
        observed: true,
        'en-US': 'The provided credentials could not be validated. Please check your signature is correct.',
        'zh-CN': '请求签名验证失败，请检查您的签名计算是否正确。',
      },
      date: {
        'en-US': 'The date `{date}` in the credential scope is not the UTC date of the request timestamp ({expected}).',
        'zh-CN': '凭证中的日期 `{date}` 与请求时间戳对应的 UTC 日期（{expected}）不一致。',
      },
      replay: {
        'en-US': 'The request has already been received (replay). Every request needs a new signature: retry with a fresh timestamp and nonce.',
        'zh-CN': '请求重放：该请求已被接收过。每个请求都需要新的签名，请使用新的时间戳和随机数重试。',
      },
    },
  },
  'AuthFailure.TokenFailure': {
    kind: 'common',
    meaning: 'The session token (temporary credentials) is invalid.',
    used: true,
    when:
      'The request carries a non-empty session token (`X-TC-Token` header or `Token` parameter): cardverify ' +
      'issues no temporary credentials, so no token can be valid.',
    messages: {
      default: {
        'en-US': 'Temporary credentials are not supported: remove `X-TC-Token`/`Token` and sign with a permanent key.',
        'zh-CN': '不支持临时凭证：请去掉 `X-TC-Token`/`Token`，使用永久密钥签名。',
      },
    },
  },
  'AuthFailure.UnauthorizedOperation': {
    kind: 'common',
    meaning: 'The request is not authorised by CAM.',
    used: false,
    when: NO_CAM,
    messages: { default: { 'en-US': 'The request is not authorized by CAM.', 'zh-CN': '请求未获得 CAM 授权。' } },
  },
  DryRunOperation: {
    kind: 'common',
    meaning: 'A DryRun request would have succeeded.',
    used: false,
    when: 'Neither action has a `DryRun` parameter.',
    messages: {
      default: { 'en-US': 'The DryRun request would have succeeded.', 'zh-CN': 'DryRun 操作，请求将会成功。' },
    },
  },
  FailedOperation: {
    kind: 'common',
    meaning: 'The operation failed.',
    used: false,
    when: 'Failures are reported with the specific codes of this catalogue.',
    messages: { default: { 'en-US': 'The operation failed.', 'zh-CN': '操作失败。' } },
  },
  InternalError: {
    kind: 'common',
    meaning: 'Internal error.',
    used: true,
    when:
      'An unexpected fault inside cardverify (for example the key store or the database is unavailable). The ' +
      'message never carries details; the server log has them under the same RequestId.',
    messages: {
      default: { 'en-US': 'An internal error has occurred. Please retry later.', 'zh-CN': '内部错误，请稍后重试。' },
    },
  },
  InvalidAction: {
    kind: 'common',
    meaning: 'The action does not exist.',
    used: true,
    when: '`X-TC-Action` / `Action` is not `ApplyCardVerification` or `GetCardVerificationResult` (decisions.md D1).',
    messages: {
      default: { 'en-US': 'The action `{action}` does not exist.', 'zh-CN': '接口 `{action}` 不存在。' },
    },
  },
  InvalidParameter: {
    kind: 'common',
    meaning: 'Parameter error, including a request body that cannot be decoded.',
    used: true,
    when:
      'The request cannot be decoded: a JSON body that is not a JSON object; a form or query segment without ' +
      '`=`; malformed percent-encoding; a parameter name given twice, empty or conflicting when un-flattened; an ' +
      'action parameter of the wrong type; or a request over the size limit (decisions.md D6: 10 MB for POST, ' +
      '32 KB of query and body for GET), refused as soon as its size is known.',
    messages: {
      default: { 'en-US': 'The request parameters are invalid.', 'zh-CN': '请求参数错误。' },
      json: { 'en-US': 'The request body is not a valid JSON object.', 'zh-CN': '请求体不是合法的 JSON 对象。' },
      form: {
        observed: true,
        'en-US': 'Url key and value should be splited by `=`.',
        'zh-CN': 'URL 参数的键和值应以 `=` 分隔。',
      },
      encoding: {
        'en-US': 'The request contains a malformed percent-encoded sequence.',
        'zh-CN': '请求包含格式错误的百分号编码。',
      },
      duplicate: {
        'en-US': 'The parameter `{name}` is given more than once.',
        'zh-CN': '参数 `{name}` 重复出现。',
      },
      name: {
        'en-US': 'The parameter name `{name}` is not valid or conflicts with another parameter.',
        'zh-CN': '参数名 `{name}` 不合法或与其他参数冲突。',
      },
      type: {
        'en-US': 'The parameter `{name}` must be of type {type}.',
        'zh-CN': '参数 `{name}` 的类型必须为 {type}。',
      },
      tooLarge: {
        'en-US': 'The request exceeds the size limit of {limit} bytes for {method} requests.',
        'zh-CN': '请求大小超过 {method} 请求的上限 {limit} 字节。',
      },
    },
  },
  InvalidParameterValue: {
    kind: 'common',
    meaning: 'A parameter value is wrong.',
    used: true,
    when: 'A common parameter with an unusable value: `Timestamp` / `X-TC-Timestamp` that is not a decimal integer.',
    messages: {
      default: {
        observed: true,
        'en-US': 'A value specified in `{name}` is not valid, is unsupported, or cannot be used.',
        'zh-CN': '参数 `{name}` 的取值无效、不受支持或无法使用。',
      },
    },
  },
  LimitExceeded: {
    kind: 'common',
    meaning: 'A quota was exceeded.',
    used: false,
    when: 'cardverify has no quotas; request rates are limited with `RequestLimitExceeded`.',
    messages: { default: { 'en-US': 'The quota limit has been exceeded.', 'zh-CN': '超过配额限制。' } },
  },
  MissingParameter: {
    kind: 'common',
    meaning: 'A required parameter is missing.',
    used: true,
    when:
      'A required parameter is absent or empty: `Action`, `Version`, `Timestamp` (and for v1 `Nonce`, ' +
      '`SecretId`, `Signature`); `Region` (decisions.md D4); a required input of the action; or `Authorization` ' +
      'on a POST that is not `application/x-www-form-urlencoded` (such a request can only be TC3-signed).',
    messages: {
      default: {
        observed: true,
        'en-US': 'The request is missing a required parameter `{name}`.',
        'zh-CN': '请求缺少必要参数 `{name}`。',
      },
      either: {
        'en-US': 'The request is missing a required parameter: one of `{first}` or `{second}`.',
        'zh-CN': '请求缺少必要参数：`{first}` 和 `{second}` 至少需要提供一个。',
      },
      authorization: {
        'en-US': 'The request is missing a required parameter `Authorization`: a POST that is not `application/x-www-form-urlencoded` must be signed with TC3-HMAC-SHA256.',
        'zh-CN': '请求缺少必要参数 `Authorization`：非 `application/x-www-form-urlencoded` 的 POST 请求必须使用 TC3-HMAC-SHA256 签名。',
      },
    },
  },
  NoSuchVersion: {
    kind: 'common',
    meaning: 'The API version does not exist.',
    used: true,
    when: '`X-TC-Version` / `Version` is not `2018-03-01` (decisions.md D1).',
    messages: {
      default: {
        'en-US': 'The API version `{version}` does not exist.',
        'zh-CN': '接口版本 `{version}` 不存在。',
      },
    },
  },
  RequestLimitExceeded: {
    kind: 'common',
    meaning: 'The request-rate limit was hit.',
    used: true,
    when:
      'More requests for one SecretId and action than `rateLimits` allows: token buckets, burst = one ' +
      "second's worth, defaults 20/s for `ApplyCardVerification` and 100/s for `GetCardVerificationResult` " +
      '(decisions.md D7). The Go SDK can retry on this code.',
    messages: {
      default: {
        'en-US': 'The request rate for `{action}` exceeds {rate} requests per second for this SecretId.',
        'zh-CN': '接口 `{action}` 的请求频率超过该 SecretId 的限制（每秒 {rate} 次）。',
      },
    },
  },
  ResourceInUse: {
    kind: 'common',
    meaning: 'The resource is in use.',
    used: false,
    when: NO_RESOURCES,
    messages: { default: { 'en-US': 'The resource is in use.', 'zh-CN': '资源被占用。' } },
  },
  ResourceInsufficient: {
    kind: 'common',
    meaning: 'Insufficient resources.',
    used: false,
    when: NO_RESOURCES,
    messages: { default: { 'en-US': 'Insufficient resources.', 'zh-CN': '资源不足。' } },
  },
  ResourceNotFound: {
    kind: 'common',
    meaning: 'The resource does not exist.',
    used: false,
    when: NO_RESOURCES,
    messages: { default: { 'en-US': 'The resource does not exist.', 'zh-CN': '资源不存在。' } },
  },
  ResourceUnavailable: {
    kind: 'common',
    meaning: 'The resource is unavailable.',
    used: false,
    when: NO_RESOURCES,
    messages: { default: { 'en-US': 'The resource is unavailable.', 'zh-CN': '资源不可用。' } },
  },
  UnauthorizedOperation: {
    kind: 'common',
    meaning: 'Unauthorised operation.',
    used: false,
    when: NO_CAM,
    messages: { default: { 'en-US': 'Unauthorized operation.', 'zh-CN': '未授权操作。' } },
  },
  UnknownParameter: {
    kind: 'common',
    meaning: 'An unknown parameter was sent.',
    used: true,
    when:
      'An action parameter the action does not define (spec §D.2: no other inputs exist; the Go SDK refuses ' +
      'unknown keys client-side too). Common parameters left in a query or form are not action parameters.',
    messages: {
      default: { 'en-US': 'The parameter `{name}` is not recognised.', 'zh-CN': '未知参数 `{name}`。' },
    },
  },
  UnsupportedOperation: {
    kind: 'common',
    meaning: 'The operation is not supported.',
    used: false,
    when: 'No operation of the two actions is conditionally unsupported.',
    messages: { default: { 'en-US': 'The operation is not supported.', 'zh-CN': '操作不支持。' } },
  },
  UnsupportedProtocol: {
    kind: 'common',
    meaning: 'Only GET and POST are allowed.',
    used: true,
    when: 'An HTTP method other than GET and POST; answered with HTTP 200 like every error (decisions.md D5).',
    messages: {
      default: {
        'en-US': 'The HTTP method `{method}` is not supported; use GET or POST.',
        'zh-CN': '不支持 HTTP 方法 `{method}`，请使用 GET 或 POST。',
      },
    },
  },
  UnsupportedRegion: {
    kind: 'common',
    meaning: 'The action is not offered in that region.',
    used: true,
    when:
      '`X-TC-Region` / `Region` is present but not in `protocol.regions` (default `ap-hongkong`, `ap-jakarta`, ' +
      '`ap-singapore`; decisions.md D4).',
    messages: {
      default: { observed: true, 'en-US': 'The action not support this region.', 'zh-CN': '接口不支持所传地域。' },
    },
  },
  'FailedOperation.ImageSizeTooLarge': {
    kind: 'business',
    meaning: 'The image is too large.',
    used: true,
    when:
      'An image over `images.maxBytes` (5 MB by default: the Base64 text for Base64 input, the downloaded bytes ' +
      'for URL input), a side over `images.maxSide` (8000 px), or more pixels than `images.maxPixels`, read from ' +
      'the image header before any full decode (decompression bombs; decisions.md D6).',
    messages: {
      default: {
        'en-US': 'The image in `{name}` is larger than {limit} bytes.',
        'zh-CN': '`{name}` 中的图片超过 {limit} 字节。',
      },
      dimensions: {
        'en-US': 'The image in `{name}` ({width}x{height} pixels) exceeds the allowed dimensions.',
        'zh-CN': '`{name}` 中的图片尺寸（{width}x{height} 像素）超出允许范围。',
      },
    },
  },
  'FailedOperation.UnKnowError': {
    kind: 'business',
    meaning: "Unknown error (spelling as in Tencent's list).",
    used: false,
    when: 'Unexpected faults are answered with `InternalError`, which every SDK already treats as a server fault.',
    messages: { default: { 'en-US': 'Unknown error.', 'zh-CN': '未知错误。' } },
  },
  'FailedOperation.UnOpenError': {
    kind: 'business',
    meaning: 'The service is not activated for the account.',
    used: false,
    when: 'There is no service activation: every key of an application may call both actions.',
    messages: { default: { 'en-US': 'The service is not activated.', 'zh-CN': '服务未开通。' } },
  },
  'InvalidParameter.EngineImageDecodeFailed': {
    kind: 'business',
    meaning: 'The image could not be decoded.',
    used: true,
    when:
      'An image that is not JPEG or PNG (sniffed from its bytes, never from a name), is truncated or corrupt, or ' +
      'Base64 text that is not valid Base64 (a `data:image/...;base64,` prefix is accepted and stripped; ' +
      'decisions.md D6).',
    messages: {
      default: {
        'en-US': 'The image in `{name}` could not be decoded.',
        'zh-CN': '`{name}` 中的图片解码失败。',
      },
      format: {
        'en-US': 'The image in `{name}` is not a JPEG or PNG image.',
        'zh-CN': '`{name}` 中的图片不是 JPEG 或 PNG 格式。',
      },
      base64: {
        'en-US': 'The value of `{name}` is not valid Base64.',
        'zh-CN': '`{name}` 的取值不是合法的 Base64。',
      },
    },
  },
  'InvalidParameterValue.InvalidFileContentSize': {
    kind: 'business',
    meaning: 'The image content size is abnormal.',
    used: true,
    when:
      'An image input that is present but empty: empty Base64 text (after stripping a data-URL prefix), or a URL ' +
      'that downloads zero bytes.',
    messages: {
      default: { 'en-US': 'The image in `{name}` is empty.', 'zh-CN': '`{name}` 中的图片内容为空。' },
    },
  },
  'InvalidParameterValue.InvalidParameterValueLimit': {
    kind: 'business',
    meaning: 'A parameter value is wrong.',
    used: true,
    when:
      'A value outside its allowed set: `Nationality` or `CardType` not accepted (decisions.md D8); an image URL ' +
      'that is not an absolute http or https URL (a redirect target included); the back image missing where ' +
      "spec §D.5 requires it; an unknown, expired or other application's `CardVerificationToken`, all three " +
      'with one message that does not say which (decisions.md D15).',
    messages: {
      default: { 'en-US': 'The value of `{name}` is not valid.', 'zh-CN': '参数 `{name}` 的取值不合法。' },
      allowed: {
        'en-US': 'The value of `{name}` is not supported. Allowed values: {allowed}.',
        'zh-CN': '参数 `{name}` 的取值不受支持，可选值：{allowed}。',
      },
      backSide: {
        'en-US': 'This document needs its back side: provide `ImageUrlBack` or `ImageBase64Back`.',
        'zh-CN': '该证件需要提供反面图片：请传入 `ImageUrlBack` 或 `ImageBase64Back`。',
      },
      url: {
        'en-US': 'The value of `{name}` is not an http or https URL.',
        'zh-CN': '`{name}` 的取值不是 http 或 https 地址。',
      },
      token: {
        'en-US': 'The `CardVerificationToken` is invalid or has expired.',
        'zh-CN': '`CardVerificationToken` 无效或已过期。',
      },
    },
  },
  'ResourceUnavailable.ImageDownloadError': {
    kind: 'business',
    meaning: 'The image URL could not be downloaded.',
    used: true,
    when:
      'An image URL that cannot be fetched: a host that is or resolves to a private, loopback or link-local ' +
      'address not in `images.urlAllowList`; more than `images.urlMaxRedirects` (3) redirects; no complete ' +
      'answer within `images.urlTimeoutMs` (3 s); a status other than 2xx; or a DNS or network error ' +
      '(decisions.md D6).',
    messages: {
      default: {
        'en-US': 'The image at `{name}` could not be downloaded.',
        'zh-CN': '`{name}` 中的图片下载失败。',
      },
      timeout: {
        'en-US': 'Downloading the image at `{name}` took longer than {seconds} seconds.',
        'zh-CN': '下载 `{name}` 中的图片超过 {seconds} 秒。',
      },
      refused: {
        'en-US': 'The image URL in `{name}` points to an address that may not be fetched.',
        'zh-CN': '`{name}` 中的图片地址指向不允许访问的地址。',
      },
    },
  },
  'ResourceUnavailable.InArrears': {
    kind: 'business',
    meaning: 'The account is in arrears.',
    used: false,
    when: 'cardverify has no billing.',
    messages: { default: { 'en-US': 'The account is in arrears.', 'zh-CN': '账号已欠费。' } },
  },
  'ResourceUnavailable.ResourcePackageRunOut': {
    kind: 'business',
    meaning: 'The resource package is exhausted.',
    used: false,
    when: 'cardverify has no resource packages.',
    messages: { default: { 'en-US': 'The resource package has run out.', 'zh-CN': '资源包余量已用尽。' } },
  },
} as const satisfies Readonly<Record<string, ErrorSpec>>;

type Catalogue = typeof ERROR_CATALOGUE;

/** Every wire error code (string-literal union). */
export type ErrorCode = keyof Catalogue;

type Messages<C extends ErrorCode> = Catalogue[C]['messages'];

/** The message variants one code offers, e.g. `'default' | 'date' | 'replay'` for AuthFailure.SignatureFailure. */
export type ErrorVariant<C extends ErrorCode> = Extract<keyof Messages<C>, string>;

/** `'a {x} b {y}'` → `'x' | 'y'`: the parameters a template names, read from the catalogue's literal types. */
type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

type TemplateNames<T> = T extends { readonly 'en-US': infer En; readonly 'zh-CN': infer Zh }
  ? Placeholders<En> | Placeholders<Zh>
  : never;

type VariantParams<C extends ErrorCode, V extends ErrorVariant<C>> = {
  readonly [P in TemplateNames<Messages<C>[V]>]: string | number;
};

/**
 * The parameters of one code: a union over its variants, discriminated by `variant` (omitted for `default`).
 * The compiler therefore refuses a parameter the chosen template does not name and demands every one it does.
 */
export type ErrorParams<C extends ErrorCode> = {
  [V in ErrorVariant<C>]: (V extends 'default' ? { readonly variant?: 'default' } : { readonly variant: V }) &
    VariantParams<C, V>;
}[ErrorVariant<C>];

/** Params may be omitted when the default template names none. */
export type ErrorArgs<C extends ErrorCode> = object extends ErrorParams<C> ? [params?: ErrorParams<C>] : [params: ErrorParams<C>];

/** Runtime view of params, once the code is no longer known statically. */
export type MessageParams = Readonly<Record<string, string | number | undefined>>;

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The template for a code, variant and language; an unknown variant falls back to `default`. */
export function messageTemplate(code: ErrorCode, lang: Language, variant = 'default'): string {
  const messages: Readonly<Record<string, MessageTemplate>> = ERROR_CATALOGUE[code].messages;
  return (messages[variant] ?? ERROR_CATALOGUE[code].messages.default)[lang];
}

/**
 * Fills `{name}` placeholders. A parameter the template names but `params` lacks stays visible as `{name}`, so
 * an omission shows in tests instead of vanishing.
 */
export function fillTemplate(template: string, params: MessageParams): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    return value === undefined ? whole : String(value);
  });
}

/** The placeholders a template names, sorted, for tests that keep both languages in step. */
export function templateParams(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
}

/** Renders a code's message in a language; `params.variant` picks the template. */
export function errorMessage<C extends ErrorCode>(code: C, lang: Language, ...args: ErrorArgs<C>): string {
  const params: MessageParams = args[0] ?? {};
  return fillTemplate(messageTemplate(code, lang, String(params.variant ?? 'default')), params);
}

/**
 * A wire error: thrown by the gateway and by action handlers, turned into the error envelope (decisions.md D5).
 * `message` is the English rendering, for logs; the reply is rendered in the request's language.
 *
 * `new ApiError('MissingParameter', { name: 'Region' })`,
 * `new ApiError('AuthFailure.SignatureFailure', { variant: 'replay' })`.
 */
export class ApiError<C extends ErrorCode = ErrorCode> extends Error {
  override readonly name = 'ApiError';
  readonly code: C;
  readonly params: MessageParams;

  constructor(code: C, ...args: ErrorArgs<C>) {
    const params: MessageParams = args[0] ?? {};
    super(fillTemplate(messageTemplate(code, 'en-US', String(params.variant ?? 'default')), params));
    this.code = code;
    this.params = params;
  }

  /** The message in the language of the request. */
  localisedMessage(lang: Language): string {
    return fillTemplate(messageTemplate(this.code, lang, String(this.params.variant ?? 'default')), this.params);
  }
}
