/** Shared helpers of the generator tests: fixtures, models, the calendar and tracking JSON Schemas in ajv. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { loadWorkspace } from '../../language/cli/workspace-loader.js';
import type { PlaybookModel } from '../../language/model/playbook-model.js';
import { build } from '../helpers/parse.js';
import type { TSchema } from 'typebox';
import Value from 'typebox/value';
import { Calendar } from '../../language/shapes/calendar.js';
import { Tracking } from '../../language/shapes/tracking.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../fixtures/generators/', import.meta.url));
export const fixture = (name: string) => `${FIXTURES}${name}`;
export const fixtureText = (name: string) => readFileSync(fixture(name), 'utf8');

const models = new Map<string, Promise<PlaybookModel>>();

/** Loads a fixture from disk with its imports, as the CLI does (cached: models are read-only); fails on errors. */
export function loadModel(name: string): Promise<PlaybookModel> {
    let model = models.get(name);
    if (!model) models.set(name, model = loadModelUncached(name));
    return model;
}

async function loadModelUncached(name: string, locale = 'en'): Promise<PlaybookModel> {
    const ws = await loadWorkspace([fixture(name)], { locale });
    const doc = ws.files[0].document;
    const errors = ws.diagnosticsOf(doc).filter(d => d.severity === 1);
    if (errors.length) throw new Error(`${name} has errors: ${errors.map(e => e.message).join('; ')}`);
    const model = ws.services.playbook.Models.getModel(doc);
    if (!model) throw new Error(`${name} holds no playbook`);
    return model;
}

/** Builds `text` in memory next to the shared library fixture. */
export async function modelFromText(text: string): Promise<PlaybookModel> {
    const r = await build(text, { 'shared.playbook': fixtureText('shared.playbook') });
    const errors = r.diagnostics.filter(d => d.severity === 1);
    if (errors.length) throw new Error(`errors: ${errors.map(e => e.message).join('; ')}`);
    return r.services.playbook.Models.getModel(r.document)!;
}

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

/** A strict ajv with the standard formats (date, date-time …). */
export function newAjv(): Ajv {
    const ajv = new Ajv({ strict: true, allErrors: true });
    addFormats(ajv);
    return ajv;
}

function schemaValidator(file: string): ValidateFunction {
    const schema = JSON.parse(readFileSync(`${ROOT}language/generators/schemas/${file}`, 'utf8'));
    return newAjv().compile(schema);
}

let calendarValidator: ValidateFunction | undefined;
let trackingValidator: ValidateFunction | undefined;

/**
 * The errors of a calendar/tracking JSON against its shipped schema in ajv (an independent
 * validator), plus a line when the one definition's own check (TypeBox) disagrees with ajv.
 */
export function validateCalendarJson(value: unknown): string[] {
    calendarValidator ??= schemaValidator('calendar.schema.json');
    return bothValidators(calendarValidator, Calendar, value);
}

export function validateTrackingJson(value: unknown): string[] {
    trackingValidator ??= schemaValidator('tracking.schema.json');
    return bothValidators(trackingValidator, Tracking, value);
}

const shipped = new Map<string, ValidateFunction>();

/** The errors of any output against its shipped schema (`diff.schema.json` …) in ajv, plus a line when its definition's check disagrees. */
export function validateShippedJson(file: string, shape: TSchema, value: unknown): string[] {
    let validator = shipped.get(file);
    if (!validator) shipped.set(file, validator = schemaValidator(file));
    return bothValidators(validator, shape, JSON.parse(JSON.stringify(value)));
}

function bothValidators(ajv: ValidateFunction, shape: TSchema, value: unknown): string[] {
    const ok = ajv(value);
    const errors = ok ? [] : (ajv.errors ?? []).map(e => `${e.instancePath} ${e.message}`);
    if (Value.Check(shape, value) !== ok) errors.push(`TypeBox's check says ${ok ? 'invalid' : 'valid'}, ajv ${ok ? 'valid' : 'invalid'}`);
    return errors;
}

export const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');
