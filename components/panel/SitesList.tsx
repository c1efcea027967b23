/**
 * Lists the EHR sites ChartVeil runs on and lets the user add one (which asks the browser for
 * that host permission) or remove a granted one. Props in, events out: the caller does the
 * permission request, inside the click so the browser sees the user gesture.
 */
import { useState } from 'preact/hooks';
import './panel.css';

export interface SitesListProps {
  origins: readonly string[];
  /** Origins the user may remove (granted at runtime, not built in or set by policy). */
  removable: readonly string[];
  onAdd: (input: string) => void;
  onRemove: (origin: string) => void;
  message?: string;
}

/** @example <SitesList origins={['http://127.0.0.1/*']} removable={[]} onAdd={add} onRemove={remove} /> */
export function SitesList({ origins, removable, onAdd, onRemove, message }: SitesListProps) {
  const [input, setInput] = useState('');
  return (
    <div class="cv-sites">
      <ul class="cv-site-list" data-testid="site-list">
        {origins.map((origin) => (
          <li key={origin}>
            <code>{origin}</code>
            {removable.includes(origin) && (
              <button class="cv-link" onClick={() => onRemove(origin)} aria-label={`Remove ${origin}`}>Remove</button>
            )}
          </li>
        ))}
        {origins.length === 0 && <li class="cv-muted">No sites yet.</li>}
      </ul>
      <form
        class="cv-site-form"
        onSubmit={(e) => {
          e.preventDefault();
          onAdd(input);
        }}
      >
        <input
          class="cv-input" type="url" placeholder="https://ehr.example.org" value={input}
          onInput={(e) => setInput((e.target as HTMLInputElement).value)} aria-label="EHR site address"
        />
        <button class="cv-button" type="submit">Add site</button>
      </form>
      {message && <p class="cv-muted" role="status">{message}</p>}
    </div>
  );
}
