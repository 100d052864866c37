/**
 * Field-level encryption of secrets (bank account numbers): envelope encryption with AES-256-GCM from
 * node:crypto. Each secret gets its own data key; on AWS KMS makes and wraps it (GenerateDataKey /
 * Decrypt on the vault key, VAULT_KEY_ID, with the secret's context as KMS encryption context), locally
 * a local key wraps it (LOCAL_VAULT_KEY, 32 bytes hex, kept under .data/ by `npm start`). The context
 * is also the cipher's additional data: a sealed value copied onto another matter does not open.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { DecryptCommand, GenerateDataKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import type { SealedSecret } from '../benefits/benefit-matter.js';
import type { SecretVault } from '../benefits/ports.js';

interface DataKey {
  plaintext: Uint8Array;
  wrapped: Uint8Array;
  keyId: string;
}

/** Makes data keys and unwraps them. */
export interface KeySource {
  generate(context: Record<string, string>): Promise<DataKey>;
  unwrap(wrapped: Uint8Array, keyId: string, context: Record<string, string>): Promise<Uint8Array>;
}

const aad = (context: Record<string, string>) => Buffer.from(JSON.stringify(Object.entries(context).sort(([a], [b]) => a.localeCompare(b))));

function gcmSeal(key: Uint8Array, plaintext: Uint8Array, additional: Buffer): { iv: Buffer; tag: Buffer; ciphertext: Buffer } {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(additional);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), ciphertext };
}

function gcmOpen(key: Uint8Array, sealed: { iv: Buffer; tag: Buffer; ciphertext: Buffer }, additional: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.iv).setAAD(additional);
  decipher.setAuthTag(sealed.tag);
  return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
}

/** A local key wraps each data key (AES-256-GCM), standing in for KMS. */
export function localKeySource(masterKeyHex: string): KeySource {
  const master = Buffer.from(masterKeyHex, 'hex');
  if (master.length !== 32) throw new Error('LOCAL_VAULT_KEY must be 32 bytes, written as 64 hex digits');
  return {
    async generate(context) {
      const plaintext = randomBytes(32);
      const { iv, tag, ciphertext } = gcmSeal(master, plaintext, aad(context));
      return { plaintext, wrapped: Buffer.concat([iv, tag, ciphertext]), keyId: 'local' };
    },
    async unwrap(wrapped, _keyId, context) {
      const bytes = Buffer.from(wrapped);
      return gcmOpen(master, { iv: bytes.subarray(0, 12), tag: bytes.subarray(12, 28), ciphertext: bytes.subarray(28) }, aad(context));
    },
  };
}

export function kmsKeySource(client: KMSClient, keyId: string): KeySource {
  return {
    async generate(context) {
      const made = await client.send(new GenerateDataKeyCommand({ KeyId: keyId, KeySpec: 'AES_256', EncryptionContext: context }));
      return { plaintext: made.Plaintext!, wrapped: made.CiphertextBlob!, keyId: made.KeyId ?? keyId };
    },
    async unwrap(wrapped, wrappedBy, context) {
      const opened = await client.send(new DecryptCommand({ CiphertextBlob: wrapped, KeyId: wrappedBy, EncryptionContext: context }));
      return opened.Plaintext!;
    },
  };
}

export function envelopeVault(keys: KeySource): SecretVault {
  const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
  return {
    async seal(plaintext, context) {
      const key = await keys.generate(context);
      const { iv, tag, ciphertext } = gcmSeal(key.plaintext, Buffer.from(plaintext, 'utf8'), aad(context));
      key.plaintext.fill(0);
      return { keyId: key.keyId, wrappedKey: b64(key.wrapped), iv: b64(iv), tag: b64(tag), ciphertext: b64(ciphertext) };
    },
    async open(sealed: SealedSecret, context) {
      const key = await keys.unwrap(Buffer.from(sealed.wrappedKey, 'base64'), sealed.keyId, context);
      const from = (text: string) => Buffer.from(text, 'base64');
      const plaintext = gcmOpen(key, { iv: from(sealed.iv), tag: from(sealed.tag), ciphertext: from(sealed.ciphertext) }, aad(context));
      return plaintext.toString('utf8');
    },
  };
}

/** The vault of this deployment: KMS where VAULT_KEY_ID is set, the local key otherwise. */
export function secretVault(env: NodeJS.ProcessEnv = process.env): SecretVault {
  if (env.VAULT_KEY_ID) return envelopeVault(kmsKeySource(new KMSClient({ region: env.AWS_REGION }), env.VAULT_KEY_ID));
  if (!env.LOCAL_VAULT_KEY) throw new Error('no vault key: set VAULT_KEY_ID (AWS) or LOCAL_VAULT_KEY (local)');
  return envelopeVault(localKeySource(env.LOCAL_VAULT_KEY));
}
