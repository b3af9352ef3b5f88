import { z } from 'zod';

/** One field of an event's data, flattened (`a.b`, `items[]`), for the generated catalogue. */
export interface FieldDescription {
  path: string;
  type: string;
  required: boolean;
  nullable: boolean;
  description?: string;
}

/** Flattens a zod schema into a JSON-schema-like field list (object, array, enum, scalar, nullable). */
export function describeSchema(schema: z.ZodTypeAny): FieldDescription[] {
  const fields: FieldDescription[] = [];
  walk(schema, '', true, fields);
  return fields;
}

function walk(schema: z.ZodTypeAny, path: string, required: boolean, fields: FieldDescription[]): void {
  const { inner, nullable, optional, description } = unwrap(schema);
  if (inner instanceof z.ZodObject) {
    if (path && !path.endsWith('[]')) fields.push({ path, type: 'object', required: required && !optional, nullable, description });
    for (const [key, child] of Object.entries(inner.shape as Record<string, z.ZodTypeAny>)) {
      walk(child, path ? `${path}.${key}` : key, required && !optional, fields);
    }
    return;
  }
  if (inner instanceof z.ZodArray && unwrap(inner.element).inner instanceof z.ZodObject) {
    fields.push({ path, type: 'object[]', required: required && !optional, nullable, description });
    walk(inner.element, `${path}[]`, true, fields);
    return;
  }
  fields.push({ path, type: typeName(inner), required: required && !optional, nullable, description });
}

function unwrap(schema: z.ZodTypeAny): { inner: z.ZodTypeAny; nullable: boolean; optional: boolean; description?: string } {
  let inner = schema;
  let nullable = false;
  let optional = false;
  let description = schema.description;
  for (;;) {
    if (inner instanceof z.ZodNullable) nullable = true;
    else if (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) optional = true;
    else if (!(inner instanceof z.ZodEffects)) break;
    inner = inner instanceof z.ZodEffects ? inner.innerType() : (inner._def as { innerType: z.ZodTypeAny }).innerType;
    description ??= inner.description;
  }
  return { inner, nullable, optional, description };
}

function typeName(schema: z.ZodTypeAny): string {
  if (schema instanceof z.ZodString) {
    const kinds = schema._def.checks.map((check) => check.kind);
    if (kinds.includes('uuid')) return 'uuid';
    if (kinds.includes('datetime')) return 'date-time';
    if (kinds.includes('email')) return 'email';
    return 'string';
  }
  if (schema instanceof z.ZodNumber) return schema.isInt ? 'integer' : 'number';
  if (schema instanceof z.ZodBoolean) return 'boolean';
  if (schema instanceof z.ZodEnum) return (schema.options as string[]).map((option) => `"${option}"`).join(' \\| ');
  if (schema instanceof z.ZodLiteral) return JSON.stringify(schema.value);
  if (schema instanceof z.ZodArray) return `${typeName(unwrap(schema.element).inner)}[]`;
  return 'unknown';
}
