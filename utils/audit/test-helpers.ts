/**
 * Test helpers for the audit log: a log on a fresh in-memory database with a fake clock, and
 * JSONL line surgery for tamper tests. Only imported by *.test.ts files.
 */
import { AuditDb, AuditLog } from './log';
import type { AuditEvent } from './events';

let n = 0;

/** A log on a fresh fake-indexeddb database (the caller imports 'fake-indexeddb/auto'). */
export async function freshLog(): Promise<AuditLog> {
  let t = Date.UTC(2026, 10, 25, 14, 0, 0);
  return AuditLog.open({ db: new AuditDb(`audit-test-${++n}-${Math.random().toString(36).slice(2)}`), now: () => (t += 1000) });
}

/** Appends `count` simple events. */
export async function fill(log: AuditLog, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const e: AuditEvent = i % 2 ? { type: 'capture', chars: 1000 + i } : { type: 'insert', chars: i };
    await log.append(e);
  }
}

/** Splits an export into its header line and entry lines. */
export function splitExport(jsonl: string): { header: string; lines: string[] } {
  const [header, ...lines] = jsonl.trim().split('\n');
  return { header: header!, lines };
}

/** Joins a header and entry lines back into an export. */
export function joinExport(header: string, lines: string[]): string {
  return [header, ...lines].join('\n') + '\n';
}
