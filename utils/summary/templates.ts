/**
 * Summary templates: the five built-in prompts, editable by the user, extendable and lockable
 * by policy. Owns the rule that every prompt carries the placeholder guard (keep [NAME_1]
 * exactly, never guess the real value), which users and policy cannot remove.
 */
import { ChartVeilError } from '../errors.ts';
import type { ChatMessage } from '../gateway/client.ts';

export interface SummaryTemplate {
  id: string;
  name: string;
  description: string;
  /** The editable instruction, without the placeholder guard. */
  prompt: string;
  /** Locked templates cannot be edited (policy). */
  locked: boolean;
  source: 'builtin' | 'policy' | 'user';
}

/** Always prepended to the system prompt; not editable. */
export const PLACEHOLDER_GUARD =
  'You are a clinical documentation assistant. The text was de-identified: bracketed placeholders such as [NAME_1] or [DATE_2] stand for real values. ' +
  'Copy each placeholder exactly as written (same brackets, type and number) wherever you refer to it. Never guess, invent or describe the real value behind a placeholder. ' +
  'Do not add facts that are not in the text. Answer in Markdown.';

export const BUILTIN_TEMPLATES: readonly SummaryTemplate[] = [
  { id: 'brief', name: 'Brief summary', description: 'A few bullet points for a quick read.', prompt: 'Summarize the note in 3 to 6 concise bullet points: presenting problem, key findings, treatment, and follow-up.', locked: false, source: 'builtin' },
  { id: 'discharge', name: 'Discharge summary', description: 'Hospital course and discharge plan.', prompt: 'Write a discharge summary with the sections: Reason for admission, Hospital course, Discharge diagnoses, Discharge medications, Follow-up and instructions. Omit sections with no information.', locked: false, source: 'builtin' },
  { id: 'soap', name: 'SOAP note', description: 'Subjective, Objective, Assessment, Plan.', prompt: 'Rewrite the note as a SOAP note with the headings Subjective, Objective, Assessment and Plan. Keep it factual and concise.', locked: false, source: 'builtin' },
  { id: 'problems', name: 'Problem list', description: 'Active problems with status and plan.', prompt: 'Produce a numbered problem list. For each problem give its status and the current plan in one line.', locked: false, source: 'builtin' },
  { id: 'patient', name: 'Patient-friendly explanation', description: 'Plain language for the patient.', prompt: 'Explain the note to the patient in plain, kind language at about a 6th-grade reading level. Avoid jargon; explain any medical term you must use. Address the patient as "you".', locked: false, source: 'builtin' },
];

/** What managed policy may say about templates. */
export interface TemplatePolicy {
  /** Extra templates (id, name, prompt; description optional). */
  add?: { id: string; name: string; prompt: string; description?: string; locked?: boolean }[];
  /** Ids of templates users may not edit. */
  lock?: string[];
  /** Lock every template. */
  lockAll?: boolean;
}

/**
 * Merges built-ins, policy additions/locks and the user's edits. Edits to locked templates are
 * ignored; policy templates with a built-in id replace the built-in.
 * @example resolveTemplates({ userEdits: { brief: 'Two bullets.' } }).find((t) => t.id === 'brief')?.prompt // 'Two bullets.'
 */
export function resolveTemplates(opts: { policy?: TemplatePolicy; userEdits?: Record<string, string> } = {}): SummaryTemplate[] {
  const byId = new Map<string, SummaryTemplate>();
  for (const t of BUILTIN_TEMPLATES) byId.set(t.id, { ...t });
  for (const a of opts.policy?.add ?? []) {
    if (!a.id || !a.name || !a.prompt) continue;
    byId.set(a.id, { id: a.id, name: a.name, prompt: a.prompt, description: a.description ?? '', locked: a.locked ?? false, source: 'policy' });
  }
  const locks = new Set(opts.policy?.lock ?? []);
  const out = [...byId.values()].map((t) => ({ ...t, locked: t.locked || !!opts.policy?.lockAll || locks.has(t.id) }));
  for (const t of out) {
    const edit = opts.userEdits?.[t.id];
    if (!t.locked && typeof edit === 'string' && edit.trim()) { t.prompt = edit.trim(); t.source = t.source === 'builtin' ? 'user' : t.source; }
  }
  return out;
}

/**
 * Validates a user edit; throws ERR_POLICY_LOCKED for locked templates.
 * @example editPrompt(template, 'New instruction') // returns the trimmed prompt
 */
export function editPrompt(template: SummaryTemplate, prompt: string): string {
  if (template.locked) throw new ChartVeilError('ERR_POLICY_LOCKED', `The template "${template.name}" is locked by policy`);
  const p = prompt.trim();
  if (!p) throw new ChartVeilError('ERR_EMPTY_INPUT', 'A template prompt cannot be empty');
  if (p.length > 4000) throw new ChartVeilError('ERR_INPUT_TOO_LARGE', 'A template prompt is limited to 4000 characters');
  return p;
}

/** System prompt: guard + template name (read by the offline summarizer) + instruction. */
export function systemPrompt(template: SummaryTemplate): string {
  return `${PLACEHOLDER_GUARD}\nTemplate: ${template.name}\n\n${template.prompt}`;
}

/**
 * Chat messages for summarizing sanitized text with a template.
 * @example buildMessages(BUILTIN_TEMPLATES[0], 'Pt [NAME_1] ...') // [system, user]
 */
export function buildMessages(template: SummaryTemplate, sanitizedText: string, part?: { index: number; total: number }): ChatMessage[] {
  const lead = part ? `This is part ${part.index} of ${part.total} of a longer note. Summarize this part only; it will be combined later.\n\n` : '';
  return [{ role: 'system', content: systemPrompt(template) }, { role: 'user', content: `${lead}${sanitizedText}` }];
}

/** Messages for the combine step over per-chunk summaries. */
export function buildCombineMessages(template: SummaryTemplate, partials: readonly string[]): ChatMessage[] {
  const joined = partials.map((p, i) => `## Part ${i + 1}\n${p.trim()}`).join('\n\n');
  return [
    { role: 'system', content: systemPrompt(template) },
    { role: 'user', content: `The following are summaries of consecutive parts of one note. Combine them into a single answer following the template; remove repetition.\n\n${joined}` },
  ];
}
