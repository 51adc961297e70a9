/** Source code printed as it is (a function, a variable name) inside a literal. */
export class RawCode {
  constructor(readonly code: string) {}
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const MAX_INLINE = 88;

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

/**
 * Prints a value as JavaScript source the way a person would write it: unquoted keys, single quotes,
 * short objects on one line, longer ones one property per line.
 */
export function jsLiteral(value: unknown, indent = ''): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (value === undefined) return 'undefined';
  if (value instanceof RawCode) return value.code;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const parts = value.map((entry) => jsLiteral(entry, inner));
    const inline = `[${parts.join(', ')}]`;
    if (inline.length + indent.length <= MAX_INLINE && !inline.includes('\n')) return inline;
    return `[\n${parts.map((part) => `${inner}${part},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, entry]) => entry !== undefined);
  const parts = entries.map(([key, entry]) => `${IDENTIFIER.test(key) ? key : quote(key)}: ${jsLiteral(entry, inner)}`);
  if (parts.length === 0) return '{}';
  const inline = `{ ${parts.join(', ')} }`;
  if (inline.length + indent.length <= MAX_INLINE && !inline.includes('\n')) return inline;
  return `{\n${parts.map((part) => `${inner}${part},`).join('\n')}\n${indent}}`;
}
