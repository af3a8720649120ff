import { ApiError } from '../protocol/errors.js';

/** Validation of action parameters by wire name (spec §D.2, §E.1); the only place wire names are checked. */

export function rejectUnknownParameters(params: Record<string, unknown>, known: readonly string[]): void {
  for (const name of Object.keys(params)) {
    if (!known.includes(name)) throw new ApiError('UnknownParameter', { name });
  }
}

export function optionalString(params: Record<string, unknown>, name: string): string | undefined {
  const value = params[name];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') {
    throw new ApiError('InvalidParameter', { variant: 'type', name, type: 'String' });
  }
  return value;
}

export function requiredString(params: Record<string, unknown>, name: string): string {
  const value = optionalString(params, name);
  if (value === undefined) throw new ApiError('MissingParameter', { name });
  return value;
}

export function requiredEnum<T extends string>(params: Record<string, unknown>, name: string, allowed: readonly T[]): T {
  const value = requiredString(params, name);
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ApiError('InvalidParameterValue.InvalidParameterValueLimit', { variant: 'allowed', name, allowed: allowed.join(', ') });
  }
  return value as T;
}
