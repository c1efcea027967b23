/**
 * Realistic fake values for the `surrogate` operator. One random date shift per document keeps
 * intervals between dates; other values keep their shape (digits stay digits). The fakes come
 * from small built-in lists so the extension ships no generator library.
 */
import type { EntityType } from './types';

const FIRST = ['Alex', 'Jordan', 'Casey', 'Morgan', 'Riley', 'Taylor', 'Jamie', 'Avery', 'Quinn', 'Rowan', 'Hayden', 'Parker'];
const LAST = ['Whitfield', 'Marlowe', 'Ashby', 'Kendrick', 'Lindqvist', 'Okafor', 'Castellano', 'Brennan', 'Halvorsen', 'Pruitt', 'Delacroix', 'Yamada'];
const PLACES = ['Riverside General Hospital', 'Lakeview Clinic', 'Maple Grove', 'Cedar Falls', 'Pine Hill Medical Center', 'Fairmont'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A per-document surrogate generator; `random` is injectable for tests. */
export interface SurrogateMaker {
  readonly shiftDays: number;
  make(entity: EntityType, original: string, n: number): string;
}

function shapeLike(original: string, random: () => number): string {
  return original.replace(/[0-9]/g, () => String(Math.floor(random() * 10))).replace(/[A-Za-z]/g, (c) => {
    const l = String.fromCharCode(97 + Math.floor(random() * 26));
    return c === c.toUpperCase() ? l.toUpperCase() : l;
  });
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function shiftDate(original: string, days: number): string | null {
  const iso = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(original);
  const us = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})$/.exec(original);
  const named = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(original);
  let d: Date | null = null;
  if (iso) d = new Date(Date.UTC(+iso[1]!, +iso[3]! - 1, +iso[4]!));
  else if (us) d = new Date(Date.UTC(us[4]!.length === 2 ? 2000 + +us[4]! : +us[4]!, +us[1]! - 1, +us[3]!));
  else if (named) {
    const m = MONTHS.findIndex((x) => x.toLowerCase().startsWith(named[1]!.toLowerCase().slice(0, 3)));
    if (m >= 0) d = new Date(Date.UTC(+named[3]!, m, +named[2]!));
  }
  if (!d || Number.isNaN(d.getTime())) return null;
  d.setUTCDate(d.getUTCDate() + days);
  const y = d.getUTCFullYear(), mo = d.getUTCMonth() + 1, da = d.getUTCDate();
  if (iso) return `${y}${iso[2]}${pad(mo, 2)}${iso[2]}${pad(da, 2)}`;
  if (us) return `${pad(mo, us[1]!.length)}${us[2]}${pad(da, us[3]!.length)}${us[2]}${us[4]!.length === 2 ? pad(y % 100, 2) : y}`;
  return `${MONTHS[mo - 1]} ${da}, ${y}`;
}

/**
 * Creates the surrogate generator for one document.
 * @example createSurrogates(() => 0.5).make('DATE', '2023-01-10', 1) // the date shifted by shiftDays
 */
export function createSurrogates(random: () => number = Math.random): SurrogateMaker {
  const shiftDays = Math.floor(random() * 730) - 365 || 17;
  return {
    shiftDays,
    make(entity, original, n) {
      switch (entity) {
        case 'NAME': {
          const parts = original.trim().split(/\s+/).length;
          const first = FIRST[(n - 1) % FIRST.length]!;
          const last = LAST[(n - 1 + Math.floor(n / LAST.length)) % LAST.length]!;
          return parts >= 2 ? `${first} ${last}` : last;
        }
        case 'DATE': return shiftDate(original.trim(), shiftDays) ?? shapeLike(original, random);
        case 'EMAIL': return `user${n}@example.org`;
        case 'URL': return `https://example.org/${n}`;
        case 'IP': return `192.0.2.${n % 255}`;
        case 'LOCATION': case 'ORGANIZATION': return PLACES[(n - 1) % PLACES.length]!;
        case 'ADDRESS': return `${100 + n} Elm Street`;
        case 'AGE': return '90+';
        case 'OTHER': return `[OTHER_${n}]`;
        default: return shapeLike(original, random);
      }
    },
  };
}
