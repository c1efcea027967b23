/**
 * HTML of the demo EHR: a chart page with a patient banner, a progress note, an iframe holding the
 * ICU nursing note which itself nests an iframe with the discharge summary, and a note editor
 * (textarea + input). Stable ids and data attributes let tests and the banner reader find things.
 */
import { CLINICIAN_QUESTION, DISCHARGE_SUMMARY, ICU_NURSING_NOTE, PATIENT, PROGRESS_NOTE } from './notes';

export interface DemoResponse {
  type: string;
  body: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const paragraphs = (id: string, lines: readonly string[]) =>
  lines.map((line, i) => `<p id="${id}-p${i + 1}">${esc(line)}</p>`).join('\n');

const CSS = `
body { font: 14px/1.5 system-ui, sans-serif; margin: 0; background: #eef1f5; color: #1c2430; }
header.app { background: #1f3b5b; color: #fff; padding: 8px 16px; font-weight: 600; }
#patient-banner { display: flex; gap: 24px; flex-wrap: wrap; background: #fff8e1; border-bottom: 2px solid #e0b84c; padding: 8px 16px; }
#patient-banner b { font-weight: 600; color: #6b5413; margin-right: 4px; }
main { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 16px; padding: 16px; }
section { background: #fff; border: 1px solid #d5dbe3; border-radius: 6px; padding: 8px 16px; }
h2 { font-size: 15px; margin: 8px 0; color: #1f3b5b; }
.upper p { font-family: 'DejaVu Sans Mono', monospace; font-size: 12.5px; }
iframe { width: 100%; border: 1px solid #d5dbe3; border-radius: 4px; background: #fff; }
textarea { width: 100%; min-height: 110px; font: inherit; }
input { width: 100%; font: inherit; }
`;

function shell(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>` +
    `<link rel="stylesheet" href="/demo.css"></head><body>${body}</body></html>`;
}

function chartPage(): string {
  const banner = `<div id="patient-banner" data-chartveil-banner>
  <span><b>Patient</b><span id="banner-name" data-phi="name">${esc(PATIENT.bannerName)}</span></span>
  <span><b>MRN</b><span id="banner-mrn" data-phi="mrn">${esc(PATIENT.mrn)}</span></span>
  <span><b>DOB</b><span id="banner-dob" data-phi="dob">${esc(PATIENT.dob)}</span></span>
  <span><b>Sex</b><span id="banner-sex">${esc(PATIENT.sex)}</span></span>
</div>`;
  return shell('Demo EHR: chart', `<header class="app">Demo EHR (synthetic data, not a real patient)</header>
${banner}
<main>
  <section id="progress-note"><h2>Progress note</h2>
${paragraphs('progress', PROGRESS_NOTE)}
  </section>
  <section><h2>ICU nursing note (frame)</h2>
    <iframe id="outer-frame" src="/frames/outer.html" title="Nursing documentation" height="620"></iframe>
  </section>
  <section id="note-editor-section"><h2>Note editor</h2>
    <label for="note-editor">Question for the assistant</label>
    <textarea id="note-editor">${esc(CLINICIAN_QUESTION)}</textarea>
    <label for="note-subject">Subject</label>
    <input id="note-subject" type="text" value="${esc(`F/U ${PATIENT.name}, MRN ${PATIENT.mrn}`)}">
  </section>
</main>`);
}

function outerFrame(): string {
  return shell('Nursing documentation', `<section id="icu-note" class="upper"><h2>NPN MICU</h2>
${paragraphs('icu', ICU_NURSING_NOTE)}
</section>
<section><h2>Discharge summary (nested frame)</h2>
<iframe id="inner-frame" src="/frames/inner.html" title="Discharge summary" height="330"></iframe>
</section>`);
}

function innerFrame(): string {
  return shell('Discharge summary', `<section id="discharge-summary">
${paragraphs('discharge', DISCHARGE_SUMMARY)}
</section>`);
}

/**
 * Returns the response for a demo path, or null for 404.
 * @example renderPage('/')?.type === 'text/html; charset=utf-8'
 */
export function renderPage(path: string): DemoResponse | null {
  const html = 'text/html; charset=utf-8';
  switch (path) {
    case '/':
    case '/index.html':
      return { type: html, body: chartPage() };
    case '/frames/outer.html':
      return { type: html, body: outerFrame() };
    case '/frames/inner.html':
      return { type: html, body: innerFrame() };
    case '/demo.css':
      return { type: 'text/css; charset=utf-8', body: CSS };
    default:
      return null;
  }
}
