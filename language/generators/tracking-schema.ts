/**
 * The tracking spec as one JSON Schema (draft-07) document. `definitions` holds one schema per
 * event, keyed by wire name, validating that event's properties object (types, `required`,
 * `enum` values, `format: date-time` for datetime, `title` and `description` from the display
 * titles, `$comment` marking personal information). The root validates an event envelope
 * `{ "event": "<wire name>", "properties": { … } }` against the matching definition.
 * Only standard keywords are used, so strict validators (ajv) compile it.
 */
import type { PlaybookModel } from '../model/playbook-model.js';
import { jsonBytes } from './common.js';
import { type TrackingEventJson, type TrackingPropertyJson, trackingJson } from './tracking-json.js';

type Schema = Record<string, unknown>;

export const PII_COMMENT = 'pii: personal information';

function propertySchema(p: TrackingPropertyJson): Schema {
    const s: Schema = {};
    if (p.title) {
        s.title = p.title;
        s.description = p.title;
    }
    switch (p.type) {
        case 'datetime':
            s.type = 'string';
            s.format = 'date-time';
            break;
        case 'enum':
            s.type = 'string';
            s.enum = [...new Set(p.values ?? [])];
            break;
        default:
            s.type = p.type;
    }
    if (p.pii) s.$comment = PII_COMMENT;
    return s;
}

export function eventSchema(e: TrackingEventJson): Schema {
    // Maps, then Object.fromEntries: a property or event called `__proto__` stays an own key.
    const properties = new Map<string, Schema>();
    const inherited = new Map<string, Schema>();
    const required: string[] = [];
    const requiredOwn: Schema[] = [];
    for (const p of e.properties) {
        if (properties.has(p.name) || inherited.has(p.name)) continue;
        // A name every object inherits (`toString`, `constructor`, `__proto__`): validators in
        // their default mode read `data.toString`, find the inherited function, and then a
        // missing required property passes and a string one fails "must be string". Such names
        // are matched as own keys only: a pattern for the schema, `propertyNames` for required.
        if (p.name in Object.prototype) {
            inherited.set(p.name, propertySchema(p));
            if (p.required) requiredOwn.push({ if: { propertyNames: { not: { const: p.name } } }, then: false });
            continue;
        }
        properties.set(p.name, propertySchema(p));
        if (p.required) required.push(p.name);
    }
    const descr = [e.title];
    if (e.channels.length) descr.push(`channels: ${e.channels.join(', ')}`);
    if (e.kpis.length) descr.push(`kpis: ${e.kpis.join(', ')}`);
    const s: Schema = {
        title: e.title,
        description: descr.join('; '),
        type: 'object',
        properties: Object.fromEntries(properties),
    };
    if (inherited.size) s.patternProperties = Object.fromEntries([...inherited].map(([name, schema]) => [`^${name.replace(/[$^\\.*+?()[\]{}|]/g, '\\$&')}$`, schema]));
    if (required.length) s.required = required;
    if (requiredOwn.length) s.allOf = requiredOwn;
    s.additionalProperties = false;
    return s;
}

/** Definition keys: the wire name; a second track with the same wire name gets `wire__track`. */
export function definitionKeys(events: readonly TrackingEventJson[]): string[] {
    const used = new Set<string>();
    return events.map(e => {
        let key = e.name;
        if (used.has(key)) key = `${e.name}__${e.track}`;
        for (let i = 2; used.has(key); i++) key = `${e.name}__${e.track}_${i}`;
        used.add(key);
        return key;
    });
}

export function trackingSchema(model: PlaybookModel): Schema {
    const all = trackingJson(model);
    // A track without a name (a syntax error) has no wire name to key by.
    const json = { ...all, events: all.events.filter(e => e.name) };
    const keys = definitionKeys(json.events);
    const definitions = Object.fromEntries(json.events.map((e, i) => [keys[i], eventSchema(e)]));
    const wire = [...new Set(json.events.map(e => e.name))];
    const firstKey = new Map<string, string>();
    json.events.forEach((e, i) => { if (!firstKey.has(e.name)) firstKey.set(e.name, keys[i]); });
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        title: `${json.title} — tracking plan`,
        description: `Tracking plan of playbook ${json.playbook}. Every event also carries the user id (outside its properties).`,
        type: 'object',
        required: ['event', 'properties'],
        properties: {
            // No tracks: no event is valid (an empty `enum` is not allowed).
            event: wire.length ? { type: 'string', enum: wire } : false,
            properties: { type: 'object' },
        },
        ...(wire.length ? {
            allOf: wire.map(name => ({
                if: { type: 'object', properties: { event: { const: name } }, required: ['event'] },
                then: { type: 'object', properties: { properties: { $ref: `#/definitions/${pointerEscape(firstKey.get(name)!)}` } } },
            })),
        } : {}),
        definitions,
    };
}

/** JSON Pointer escaping (RFC 6901) plus URI-fragment encoding of a definition key. */
function pointerEscape(key: string): string {
    // A lone surrogate (possible in a name typed in an editor) cannot be URI-encoded: write U+FFFD.
    const wellFormed = key.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
    return encodeURIComponent(wellFormed.replace(/~/g, '~0').replace(/\//g, '~1'));
}

export function trackingSchemaBytes(model: PlaybookModel): Uint8Array {
    return jsonBytes(trackingSchema(model));
}
