import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fill, freshLog, joinExport, splitExport } from '../utils/audit/test-helpers';
import { main } from './audit-verify';

async function exportFile(tamper?: (lines: string[]) => void) {
  const log = await freshLog();
  await fill(log, 6);
  const { header, lines } = splitExport(await log.exportJsonl());
  tamper?.(lines);
  const file = join(mkdtempSync(join(tmpdir(), 'audit-')), 'export.jsonl');
  writeFileSync(file, joinExport(header, lines));
  return { file, key: log.publicKey };
}

describe('audit:verify CLI', () => {
  it('exits 0 on an intact export, 1 with the index on tamper, 2 on usage', async () => {
    const out: string[] = [];
    const good = await exportFile();
    expect(main([good.file, '--key', good.key], (l) => out.push(l))).toBe(0);
    expect(out[0]).toMatch(/^OK: 6 entries/);
    const bad = await exportFile((lines) => lines.splice(2, 1));
    out.length = 0;
    expect(main([bad.file], (l) => out.push(l))).toBe(1);
    expect(out).toEqual(['TAMPERED at index 2: sequence number out of place (entry deleted, inserted or reordered)', 'first broken index: 2']);
    expect(main([], () => {})).toBe(2);
    expect(main(['/nonexistent/x.jsonl'], () => {})).toBe(2);
  });

  it('runs as `npm run audit:verify` (tsx) and exits non-zero on tamper', async () => {
    const bad = await exportFile((lines) => { lines[4] = lines[4]!.replace('"chars":', '"chars":1'); });
    let code = 0;
    let stdout = '';
    try {
      execFileSync('npx', ['tsx', 'tools/audit-verify.ts', bad.file], { encoding: 'utf8' });
    } catch (e) {
      code = (e as { status: number }).status;
      stdout = (e as { stdout: string }).stdout;
    }
    expect(code).toBe(1);
    expect(stdout).toContain('first broken index: 4');
  }, 60_000);
});
