import { execFileSync } from 'node:child_process';
import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCrx3, extensionIdFromSpki, loadSigningKey, packDirectory, zip } from './crx';

/** Minimal protobuf reader for the CRX3 header: field number -> list of length-delimited values. */
function pbFields(buf: Buffer): Map<number, Buffer[]> {
  const out = new Map<number, Buffer[]>();
  let i = 0;
  const varint = () => {
    let n = 0;
    let mul = 1;
    for (;;) {
      const b = buf[i++]!;
      n += (b & 0x7f) * mul;
      mul *= 128;
      if (b < 0x80) return n;
    }
  };
  while (i < buf.length) {
    const tag = varint();
    if ((tag & 7) !== 2) throw new Error('unexpected wire type');
    const len = varint();
    const field = Math.floor(tag / 8);
    out.set(field, [...(out.get(field) ?? []), buf.subarray(i, i + len)]);
    i += len;
  }
  return out;
}

function parseCrx(crx: Buffer) {
  expect(crx.subarray(0, 4).toString('latin1')).toBe('Cr24');
  expect(crx.readUInt32LE(4)).toBe(3);
  const headerLen = crx.readUInt32LE(8);
  const header = pbFields(crx.subarray(12, 12 + headerLen));
  const proof = pbFields(header.get(2)![0]!);
  const signedHeaderData = header.get(10000)![0]!;
  return { publicKey: proof.get(1)![0]!, signature: proof.get(2)![0]!, signedHeaderData, crxId: pbFields(signedHeaderData).get(1)![0]!, zip: crx.subarray(12 + headerLen) };
}

function signatureValid(p: ReturnType<typeof parseCrx>): boolean {
  const len = Buffer.alloc(4);
  len.writeUInt32LE(p.signedHeaderData.length);
  const data = Buffer.concat([Buffer.from('CRX3 SignedData\x00', 'latin1'), len, p.signedHeaderData, p.zip]);
  return verify('sha256', data, createPublicKey({ key: p.publicKey, format: 'der', type: 'spki' }), p.signature);
}

/** Reads a zip's central directory and inflates each entry, checking sizes. */
function unzipAll(z: Buffer): Map<string, Buffer> {
  const end = z.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = z.readUInt16LE(end + 10);
  let p = z.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let n = 0; n < count; n++) {
    const nameLen = z.readUInt16LE(p + 28);
    const name = z.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const local = z.readUInt32LE(p + 42);
    const csize = z.readUInt32LE(p + 20);
    const start = local + 30 + z.readUInt16LE(local + 26) + z.readUInt16LE(local + 28);
    const data = inflateRawSync(z.subarray(start, start + csize));
    expect(data.length).toBe(z.readUInt32LE(p + 24));
    out.set(name, data);
    p += 46 + nameLen;
  }
  return out;
}

const tmp = mkdtempSync(join(tmpdir(), 'chartveil-crx-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

describe('extension id', () => {
  it('matches the published id of the dev manifest key (nbblkohofnbpbpkkhheoabbnglgclepb)', () => {
    const key = /DEV_MANIFEST_KEY =\s*'([^']+)'/.exec(readFileSync('wxt.config.ts', 'utf8'))![1]!;
    expect(extensionIdFromSpki(Buffer.from(key, 'base64'))).toBe('nbblkohofnbpbpkkhheoabbnglgclepb');
  });
});

describe('CRX3', () => {
  const dir = join(tmp, 'ext');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'T', version: '1.2.3', key: 'OLDKEY' }));
  writeFileSync(join(dir, 'assets', 'a.js'), 'console.log(1)'.repeat(100));
  const packed = packDirectory(dir, privateKey);
  const parsed = parseCrx(packed.crx);
  const spki = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });

  it('has a header that parses, whose key and crx_id match the signing key and the reported id', () => {
    expect(parsed.publicKey.equals(spki)).toBe(true);
    expect(extensionIdFromSpki(parsed.publicKey)).toBe(packed.id);
    expect([...parsed.crxId].map((b) => b.toString(16).padStart(2, '0')).join('')).toBe(
      [...packed.id].map((c) => (c.charCodeAt(0) - 97).toString(16)).join(''),
    );
    expect(packed.version).toBe('1.2.3');
  });

  it('carries a valid RSA-SHA256 signature, which a one-byte change breaks', () => {
    expect(signatureValid(parsed)).toBe(true);
    const tampered = Buffer.from(packed.crx);
    tampered.writeUInt8(tampered.readUInt8(tampered.length - 40) ^ 1, tampered.length - 40);
    expect(signatureValid(parseCrx(tampered))).toBe(false);
  });

  it('contains the files, with the manifest key replaced by the signing public key', () => {
    const files = unzipAll(parsed.zip);
    expect([...files.keys()]).toEqual(['assets/a.js', 'manifest.json']);
    expect(JSON.parse(files.get('manifest.json')!.toString()).key).toBe(spki.toString('base64'));
    expect(files.get('assets/a.js')!.toString()).toBe('console.log(1)'.repeat(100));
  });

  it('is a zip that Info-ZIP accepts', () => {
    const path = join(tmp, 'x.crx');
    writeFileSync(path, packed.crx);
    let out = '';
    try {
      out = execFileSync('unzip', ['-t', path], { encoding: 'utf8' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return; // unzip not installed
      // Exit status 1 = warning: unzip notes the CRX header as "extra bytes at beginning".
      const err = e as { status?: number; stdout?: string };
      if (err.status !== 1) throw e;
      out = err.stdout ?? '';
    }
    expect(out).toContain('No errors detected');
  });

  it('is reproducible for the same key and files', () => {
    expect(packDirectory(dir, privateKey).crx.equals(packed.crx)).toBe(true);
  });

  it('refuses non-RSA keys', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    expect(() => buildCrx3(zip([]), ec)).toThrow(/RSA/);
  });
});

describe('signing key', () => {
  it('generates a private dev key once into the cache dir (mode 600) and reuses it', () => {
    const cache = join(tmp, 'cache');
    const a = loadSigningKey({}, cache);
    const b = loadSigningKey({}, cache);
    expect(a.key.export({ type: 'pkcs8', format: 'pem' })).toBe(b.key.export({ type: 'pkcs8', format: 'pem' }));
    expect(statSync(join(cache, 'chartveil-crx-dev.pem')).mode & 0o777).toBe(0o600);
  });

  it('uses CHARTVEIL_CRX_KEY when set', () => {
    const path = join(tmp, 'release.pem');
    writeFileSync(path, privateKey.export({ type: 'pkcs1', format: 'pem' }));
    const { key } = loadSigningKey({ CHARTVEIL_CRX_KEY: path }, join(tmp, 'unused'));
    const expectedId = extensionIdFromSpki(createPublicKey(privateKey).export({ type: 'spki', format: 'der' }));
    expect(buildCrx3(zip([]), key).id).toBe(expectedId);
  });
});
