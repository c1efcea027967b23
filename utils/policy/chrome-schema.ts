/**
 * A checker for the JSON-schema subset Chrome uses for `storage.managed` (type, properties,
 * items, title, description). It lets the extension see what Chromium would have dropped, lets
 * browsers that do not validate (and the unit tests) get the same answer, and lets the admin-docs
 * test prove every example file validates. Pure: no `browser.*`.
 */

/** One node of Chrome's managed-storage schema dialect (the subset ChartVeil uses). */
export interface ChromeSchema {
  type: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  title?: string;
  description?: string;
  properties?: Record<string, ChromeSchema>;
  items?: ChromeSchema;
}

/** Where a value broke the schema: a JSON path such as `summaryTemplates[1].prompt`. */
export interface SchemaViolation {
  path: string;
  expected: ChromeSchema['type'] | 'known key';
  got: string;
}

/** Names the JSON type of a value the way the schema dialect does (integer vs number). */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(type: ChromeSchema['type'], value: unknown): boolean {
  const got = jsonTypeOf(value);
  if (type === 'number') return got === 'number' || got === 'integer';
  return got === type;
}

/**
 * Lists every place where `value` does not fit `schema`. Unknown object keys are violations,
 * because Chromium drops them. An empty result means the value validates.
 * @example validateAgainst({ type: 'integer' }, 1.5) // [{ path: '', expected: 'integer', got: 'number' }]
 */
export function validateAgainst(schema: ChromeSchema, value: unknown, path = ''): SchemaViolation[] {
  if (!typeMatches(schema.type, value)) return [{ path, expected: schema.type, got: jsonTypeOf(value) }];
  const out: SchemaViolation[] = [];
  if (schema.type === 'array' && schema.items) {
    (value as unknown[]).forEach((item, i) => out.push(...validateAgainst(schema.items!, item, `${path}[${i}]`)));
  }
  if (schema.type === 'object' && schema.properties) {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const childPath = path ? `${path}.${key}` : key;
      const sub = schema.properties[key];
      if (!sub) out.push({ path: childPath, expected: 'known key', got: 'unknown key' });
      else out.push(...validateAgainst(sub, child, childPath));
    }
  }
  return out;
}

/**
 * Lists schema nodes that lack a title or description (the admin templates are generated from
 * them, so every key must explain itself).
 */
export function undocumentedNodes(schema: ChromeSchema, path = ''): string[] {
  const out: string[] = [];
  if (path && (!schema.title || !schema.description)) out.push(path);
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    out.push(...undocumentedNodes(child, path ? `${path}.${key}` : key));
  }
  if (schema.items) out.push(...undocumentedNodes(schema.items, `${path}[]`));
  return out;
}
