/** The generators accept partial and broken models (the editor may call them on any text): no throw. */
import { strict as assert } from 'node:assert';
import { CALENDAR_FORMATS, TRACKING_FORMATS, generateCalendar, generateTracking, trackingSchema } from '../../language/generators/index.js';
import { build } from '../helpers/parse.js';
import { fixtureText, newAjv, text } from './helpers.js';

const INPUTS: Record<string, string> = {
    'empty playbook': 'playbook p { }',
    'half-typed step': 'playbook p "t" {\n  start 2026-01-05\n  phase a "A" days 3 {\n    step s "S" day 2 at 25:\n',
    'unknown references': 'playbook p { start 2026-01-05 phase a days 2 { step s day 1 at 10:00 on nowhere uses nothing owner nobody for nobody } kpi k = unknown / other target 5% }',
    'the last representable day': 'playbook p { start 9999-12-30 phase a days 2 { step s day 2 milestone m day 2 step t day 2 at 23:30 for 2h } }',
    'a property and an event called __proto__': 'playbook p { start 2026-01-05 track __proto__ { property __proto__ string required property constructor number } kpi k = count __proto__ }',
    'a track without a name or properties': 'playbook p { start 2026-01-05 track { property } kpi = count }',
    'a ratio cycle': 'playbook p { start 2026-01-05 kpi a = b / c kpi b = a / c kpi c = a / b target 1% }',
    'broken fixture': fixtureText('broken.playbook'),
};

describe('generators on partial and broken playbooks', function () {
    this.timeout(60_000);
    for (const [name, input] of Object.entries(INPUTS)) {
        it(`${name}: every format without throwing`, async () => {
            const r = await build(input, { 'shared.playbook': fixtureText('shared.playbook') }, 'zh-CN');
            const model = r.services.playbook.Models.getModel(r.document);
            assert.ok(model, `${name}: a playbook, even a broken one, has a model`);
            for (const format of CALENDAR_FORMATS) {
                const bytes = await generateCalendar(model, format, { locale: 'zh-CN', sourceDateEpoch: 0 });
                assert.ok(bytes.length > 0, format);
            }
            for (const format of TRACKING_FORMATS) {
                const bytes = await generateTracking(model, format, { locale: 'en' });
                assert.ok(bytes.length > 0, format);
                if (format === 'json' || format === 'jsonschema') JSON.parse(text(bytes));
            }
            newAjv().compile(trackingSchema(model));
        });
    }

    it('keeps a property called __proto__ as an own key of the schema', async () => {
        const r = await build(INPUTS['a property and an event called __proto__']);
        const schema = JSON.parse(text(await generateTracking(r.services.playbook.Models.getModel(r.document)!, 'jsonschema', { locale: 'en' })));
        assert.ok(Object.hasOwn(schema.definitions, '__proto__'));
        // Names every object inherits are matched as own keys only (ajv's default mode reads inherited ones).
        assert.deepEqual(Object.keys(schema.definitions.__proto__.patternProperties), ['^__proto__$', '^constructor$']);
    });
});
