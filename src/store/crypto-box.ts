import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Encryption at rest for personal data and secrets (decisions.md D19): AES-256-GCM with a random 12-byte IV.
 *
 * Sealed layout: `version (1 byte) | iv (12) | tag (16) | ciphertext`. The version byte names the format so a
 * later key rotation or algorithm change can tell old ciphertexts apart. The associated data binds a ciphertext
 * to its place (`<table>.<column>:<row id>`): a ciphertext copied into another row or column fails to open, so
 * rows cannot be swapped to show one tenant another's data.
 */
export interface CryptoBox {
  seal(plain: Buffer, aad: string): Buffer;
  /** Throws when the ciphertext was altered, moved to another row/column, or sealed with another key. */
  open(sealed: Buffer, aad: string): Buffer;
}

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
const HEADER_BYTES = 1 + IV_BYTES + TAG_BYTES;

/** Decodes `Config.encryptionKey` (base64 of 32 bytes); throws a message fit for a start-up error otherwise. */
export function parseEncryptionKey(base64: string): Buffer {
  const trimmed = base64.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed)) {
    throw new Error('encryptionKey must be base64 (of 32 random bytes)');
  }
  const key = Buffer.from(trimmed, 'base64');
  if (key.length !== KEY_BYTES) {
    throw new Error(`encryptionKey must decode to ${KEY_BYTES} bytes, got ${key.length}`);
  }
  return key;
}

/** Associated data covers the version byte too, so a downgraded header cannot be accepted. */
function associatedData(aad: string): Buffer {
  return Buffer.concat([Buffer.from([VERSION]), Buffer.from(aad, 'utf8')]);
}

export function createCryptoBox(key: Buffer): CryptoBox {
  if (key.length !== KEY_BYTES) {
    throw new Error(`AES-256-GCM needs a ${KEY_BYTES}-byte key, got ${key.length}`);
  }
  const secret = Buffer.from(key);

  return {
    seal(plain, aad) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', secret, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(associatedData(aad));
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
    },

    open(sealed, aad) {
      if (sealed.length < HEADER_BYTES) {
        throw new Error(`sealed value too short for ${aad}`);
      }
      if (sealed[0] !== VERSION) {
        throw new Error(`unknown sealed format version ${String(sealed[0])} for ${aad}`);
      }
      const iv = sealed.subarray(1, 1 + IV_BYTES);
      const tag = sealed.subarray(1 + IV_BYTES, HEADER_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', secret, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(associatedData(aad));
      decipher.setAuthTag(tag);
      try {
        return Buffer.concat([decipher.update(sealed.subarray(HEADER_BYTES)), decipher.final()]);
      } catch {
        // The message names the place, never the content; the cause (wrong key, tampering, swap) is not knowable.
        throw new Error(`cannot decrypt ${aad}: wrong key or altered data`);
      }
    },
  };
}
