/**
 * The few building blocks every output shape uses (TypeBox: each shape is a JSON Schema object
 * whose TypeScript type is derived from it, and `Value.Check` validates against it).
 */
import Type, { type TSchema } from 'typebox';

export { Type };
export type { Static, TProperties, TSchema } from 'typebox';

/** `T` or null. */
export function Nullable<T extends TSchema>(schema: T, options?: { description?: string }) {
    return Type.Union([schema, Type.Null()], options);
}

/** `YYYY-MM-DD`. */
export const DateText = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' });

/** A local wall-clock time with the zone's offset (`2026-10-12T09:30:00+08:00`). */
export const LocalDateTime = Type.String({
    description: 'Local wall-clock time with the zone\'s offset.',
    pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})$',
    format: 'date-time',
});

/** A shipped schema document: the shape with the draft-07 header, an id and a title. */
export function schemaDocument(name: string, title: string, description: string, shape: TSchema): Record<string, unknown> {
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: `urn:campaign-playbook:${name}.schema.json`,
        title,
        description,
        ...(shape as Record<string, unknown>),
    };
}
