/**
 * `npm run audit:verify <export.jsonl> [--key <hex>]`: verifies an audit export offline.
 * Exit 0 and "OK" when the chain, the signatures and the signed header hold; exit 1 and the
 * first broken index otherwise; exit 2 on usage or I/O errors. Prints no entry content.
 */
import { readFileSync } from 'node:fs';
import { describeResult, verifyExport } from '../utils/audit/verify';

/** Runs the CLI; returns the exit code (exported for tests). */
export function main(argv: string[], out: (line: string) => void = console.log): number {
  const args = [...argv];
  let key: string | undefined;
  const k = args.indexOf('--key');
  if (k >= 0) {
    key = args[k + 1];
    args.splice(k, 2);
  }
  const file = args[0];
  if (!file || args.length !== 1 || (k >= 0 && !key)) {
    out('usage: npm run audit:verify <export.jsonl> [--key <ed25519-public-key-hex>]');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    out(`cannot read ${file}`);
    return 2;
  }
  const result = verifyExport(text, key);
  out(describeResult(result));
  if (!result.ok) out(`first broken index: ${result.index}`);
  return result.ok ? 0 : 1;
}

if (process.argv[1] && /audit-verify\.ts$/.test(process.argv[1])) {
  process.exit(main(process.argv.slice(2)));
}
