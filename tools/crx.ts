/**
 * `npm run crx`: packs a built extension (default .output/chrome-mv3) into a CRX3 signed with
 * an RSA key and writes the matching update manifest, for hospitals that host ChartVeil
 * themselves. The key comes from CHARTVEIL_CRX_KEY (a PEM path) or a dev key generated into
 * .cache/ (git-ignored): private keys never enter the repo. The id is derived from the key.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';
import { renderUpdateManifest } from './admin-docs/update-manifest';

const CRX_MAGIC = Buffer.from('Cr24');
const SIGNED_DATA_PREFIX = Buffer.from('CRX3 SignedData\x00', 'latin1');

/**
 * Chrome's extension id for a public key: first 16 bytes of SHA-256(SPKI DER), hex digits 0-f mapped to a-p.
 * @example extensionIdFromSpki(spkiDer) // 'nbblkohofnbpbpkkhheoabbnglgclepb'
 */
export function extensionIdFromSpki(spki: Uint8Array): string {
  const hex = createHash('sha256').update(spki).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

function varint(n: number): Buffer {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return Buffer.from(out);
}

/** One length-delimited protobuf field (wire type 2). */
function pbBytes(field: number, data: Uint8Array): Buffer {
  return Buffer.concat([varint(field * 8 + 2), varint(data.length), data]);
}

/** A file for the zip: archive path with forward slashes, and its bytes. */
export interface ZipEntry { name: string; data: Uint8Array }

/**
 * Writes a deflated zip (no zip64, fixed 1980-01-01 timestamps so output is reproducible).
 * @example zip([{ name: 'manifest.json', data: Buffer.from('{}') }])
 */
export function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBuf = Buffer.from(name, 'utf8');
    const body = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0); h.writeUInt16LE(20, 4); h.writeUInt16LE(0x0800, 6); h.writeUInt16LE(8, 8);
    h.writeUInt16LE(0, 10); h.writeUInt16LE(0x21, 12); h.writeUInt32LE(crc, 14);
    h.writeUInt32LE(body.length, 18); h.writeUInt32LE(data.length, 22); h.writeUInt16LE(nameBuf.length, 26); h.writeUInt16LE(0, 28);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0); c.writeUInt16LE(20, 4); c.writeUInt16LE(20, 6); c.writeUInt16LE(0x0800, 8); c.writeUInt16LE(8, 10);
    c.writeUInt16LE(0, 12); c.writeUInt16LE(0x21, 14); c.writeUInt32LE(crc, 16); c.writeUInt32LE(body.length, 20);
    c.writeUInt32LE(data.length, 24); c.writeUInt16LE(nameBuf.length, 28); c.writeUInt32LE(offset, 42);
    locals.push(h, nameBuf, body);
    centrals.push(c, nameBuf);
    offset += h.length + nameBuf.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/**
 * Wraps a zip into a CRX3 signed with `privateKey` (RSA, SHA-256 PKCS#1 v1.5).
 * Layout: "Cr24", uint32 version 3, uint32 header size, CrxFileHeader protobuf, zip.
 * @example const { crx, id } = buildCrx3(zipBytes, key)
 */
export function buildCrx3(zipBytes: Uint8Array, privateKey: KeyObject): { crx: Buffer; id: string } {
  if (privateKey.asymmetricKeyType !== 'rsa') throw new Error(`CRX key expected RSA, got ${privateKey.asymmetricKeyType}`);
  const spki = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  const crxId = createHash('sha256').update(spki).digest().subarray(0, 16);
  const signedHeaderData = pbBytes(1, crxId); // SignedData { bytes crx_id = 1 }
  const len = Buffer.alloc(4);
  len.writeUInt32LE(signedHeaderData.length);
  const signature = sign('sha256', Buffer.concat([SIGNED_DATA_PREFIX, len, signedHeaderData, zipBytes]), privateKey);
  // CrxFileHeader { repeated AsymmetricKeyProof sha256_with_rsa = 2; bytes signed_header_data = 10000 }
  const proof = Buffer.concat([pbBytes(1, spki), pbBytes(2, signature)]);
  const header = Buffer.concat([pbBytes(2, proof), pbBytes(10000, signedHeaderData)]);
  const prefix = Buffer.alloc(8);
  prefix.writeUInt32LE(3, 0);
  prefix.writeUInt32LE(header.length, 4);
  return { crx: Buffer.concat([CRX_MAGIC, prefix, header, zipBytes]), id: extensionIdFromSpki(spki) };
}

/** Loads the signing key from CHARTVEIL_CRX_KEY, or creates/reuses the dev key in .cache/. */
export function loadSigningKey(env = process.env, cacheDir = '.cache'): { key: KeyObject; source: string } {
  if (env.CHARTVEIL_CRX_KEY) return { key: createPrivateKey(readFileSync(env.CHARTVEIL_CRX_KEY)), source: env.CHARTVEIL_CRX_KEY };
  const path = join(cacheDir, 'chartveil-crx-dev.pem');
  if (!existsSync(path)) {
    mkdirSync(cacheDir, { recursive: true });
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    chmodSync(path, 0o600);
  }
  return { key: createPrivateKey(readFileSync(path)), source: `${path} (dev key; set CHARTVEIL_CRX_KEY for releases)` };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

/**
 * Packs `dir` into a CRX3. The manifest's `key` is set to the signing key's public key, so an
 * unpacked copy of the same folder gets the same id as the CRX.
 */
export function packDirectory(dir: string, privateKey: KeyObject): { crx: Buffer; id: string; version: string } {
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} not found: run npm run build first`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string; key?: string };
  manifest.key = createPublicKey(privateKey).export({ type: 'spki', format: 'der' }).toString('base64');
  const entries = listFiles(dir).sort().map((file) => {
    const name = relative(dir, file).split(sep).join('/');
    return { name, data: name === 'manifest.json' ? Buffer.from(JSON.stringify(manifest, null, 2)) : readFileSync(file) };
  });
  return { ...buildCrx3(zip(entries), privateKey), version: manifest.version };
}

function main(argv: string[]): number {
  const arg = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const dir = arg('--dir') ?? '.output/chrome-mv3';
  const { key, source } = loadSigningKey();
  const { crx, id, version } = packDirectory(dir, key);
  const crxPath = arg('--out') ?? `.output/chartveil-${version}.crx`;
  const codebase = arg('--codebase') ?? process.env.CHARTVEIL_CRX_CODEBASE ?? `https://extensions.example.org/chartveil/chartveil-${version}.crx`;
  mkdirSync(dirname(crxPath), { recursive: true });
  writeFileSync(crxPath, crx);
  const manifestPath = join(dirname(crxPath), 'updates.xml');
  writeFileSync(manifestPath, renderUpdateManifest({ id, version, codebase }));
  console.log(`CRX3 ${crxPath} (${crx.length} bytes), id ${id}, version ${version}\nupdate manifest ${manifestPath} -> ${codebase}\nkey ${source}`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    process.exit(main(process.argv.slice(2)));
  } catch (e) {
    console.error(`crx: ${(e as Error).message}`);
    process.exit(1);
  }
}
