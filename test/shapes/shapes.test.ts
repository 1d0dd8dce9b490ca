/**
 * The output shapes are defined once (language/shapes/): the shipped JSON Schemas are exactly what
 * the definitions make, ajv (an independent validator) compiles them strictly, and ajv and the
 * definitions' own check (TypeBox) accept real outputs and reject the same broken ones.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import Value from 'typebox/value';
import type { TSchema } from 'typebox';
import { SCHEMA_FILES, schemaFileText } from '../../language/shapes/schema-files.js';
import { Calendar } from '../../language/shapes/calendar.js';
import { Tracking } from '../../language/shapes/tracking.js';
import { calendarJson, trackingJson } from '../../language/generators/index.js';
import { ROOT, loadModel, newAjv } from '../generators/helpers.js';

const SCHEMAS = `${ROOT}language/generators/schemas/`;

/** An output read back as untyped JSON, to break on purpose. */
type Json = any;

/** A deep copy changed by `edit`. */
function broken<T>(value: T, edit: (copy: Json) => void): unknown {
    const copy = structuredClone(value);
    edit(copy);
    return copy;
}

describe('output shapes: one definition', () => {
    it('ships exactly the schemas the definitions make (npm run schemas writes them)', () => {
        assert.deepEqual(readdirSync(SCHEMAS).sort(), Object.keys(SCHEMA_FILES).sort());
        for (const name of Object.keys(SCHEMA_FILES)) {
            assert.equal(readFileSync(SCHEMAS + name, 'utf8'), schemaFileText(name), `${name} differs from its definition: run npm run schemas`);
        }
    });

    it('compiles every shipped schema in strict ajv', () => {
        for (const name of Object.keys(SCHEMA_FILES)) newAjv().compile(JSON.parse(readFileSync(SCHEMAS + name, 'utf8')));
    });

    const cases: { name: string; shape: TSchema; file: string; value: () => Promise<unknown>; near: [string, (c: Json) => void][] }[] = [
        {
            name: 'calendar', shape: Calendar, file: 'calendar.schema.json',
            value: async () => calendarJson(await loadModel('launch.playbook')),
            near: [
                ['an unknown event type', c => { c.events[0].type = 'meeting'; }],
                ['a field more', c => { c.events[0].extra = 1; }],
                ['a field less', c => { delete c.phases[0].days; }],
                ['an all-day event that starts at a time', c => {
                    const e = c.events.find((x: { time: string | null }) => x.time === null);
                    e.start = `${e.date}T09:00:00+08:00`;
                }],
                ['a timed event without an end', c => { c.events.find((x: { time: string | null }) => x.time !== null).end = null; }],
                ['a date that is not one', c => { c.start = '2026-13-40'; }],
                ['a day off of another kind', c => { c.events[0].dayOff = 'vacation'; }],
            ],
        },
        {
            name: 'tracking', shape: Tracking, file: 'tracking.schema.json',
            value: async () => trackingJson(await loadModel('launch.playbook')),
            near: [
                ['an enum property without values', c => {
                    const p = c.events.flatMap((e: { properties: { type: string }[] }) => e.properties).find((x: { type: string }) => x.type === 'enum');
                    delete p.values;
                }],
                ['values on a string property', c => {
                    const p = c.events.flatMap((e: { properties: { type: string }[] }) => e.properties).find((x: { type: string }) => x.type === 'string');
                    p.values = ['a'];
                }],
                ['an unknown property type', c => { c.events[0].properties[0].type = 'date'; }],
                ['a target with another operator', c => { c.kpis.find((k: { target: unknown }) => k.target).target.op = '=='; }],
            ],
        },
    ];

    for (const c of cases) {
        it(`${c.name}: ajv and the definition accept the output and reject the same near misses`, async () => {
            const ajv = newAjv().compile(JSON.parse(readFileSync(SCHEMAS + c.file, 'utf8')));
            const value = JSON.parse(JSON.stringify(await c.value()));
            assert.equal(ajv(value), true, JSON.stringify(ajv.errors));
            assert.equal(Value.Check(c.shape, value), true);
            for (const [what, edit] of c.near) {
                const bad = broken(value, edit);
                assert.equal(ajv(bad), false, `ajv accepts ${what}`);
                assert.equal(Value.Check(c.shape, bad), false, `TypeBox accepts ${what}`);
            }
        });
    }
});
