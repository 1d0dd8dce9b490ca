import {
    type Filter, type Literal, type PropertyType, isCountFormula, isKpiCheck, isRatioFormula, isSumFormula, isUniqueFormula,
} from '../../generated/ast.js';
import { valueKindText } from '../../messages/diagnostics.js';
import type { Rule, RuleContext } from '../rule.js';
import { lastGiven } from '../../syntax/clauses.js';
import type { SyntaxForms } from '../../syntax/keyword-language.js';

/** A property type as written (in the file's keywords): `number`, `enum("a", "b")` · `数值`, `枚举("a", "b")`. */
function typeText(type: PropertyType | undefined, forms: SyntaxForms): string {
    if (!type) return '?';
    return type.primitive ? forms.kw(type.primitive) : `${forms.kw('enum')}(${type.values.map(v => JSON.stringify(v)).join(', ')})`;
}

function literalText(value: Literal | undefined, forms: SyntaxForms): string {
    if (!value) return '';
    if (value.text !== undefined) return JSON.stringify(value.text);
    return value.flag ? forms.kw(value.flag) : String(value.number ?? '');
}

/** `where PROPERTY = VALUE`: a value the property can take. */
function checkFilter(ctx: RuleContext, filter: Filter): void {
    const property = filter.property?.ref;
    const type = property?.type;
    const value = filter.value;
    if (!property || !type || !value) return;
    const shown = { property: property.name, value: literalText(value, ctx.forms) };
    if (type.primitive === undefined) {
        if (value.text === undefined || !type.values.includes(value.text)) {
            ctx.report('kpi-type.enum', filter, { ...shown, values: type.values.map(v => JSON.stringify(v)).join(', ') }, { property: 'value' });
        }
        return;
    }
    const fits = type.primitive === 'boolean' ? value.flag !== undefined
        : type.primitive === 'number' ? value.number !== undefined
            : type.primitive === 'integer' ? value.number !== undefined && Number.isInteger(value.number)
                : value.text !== undefined;
    if (!fits) ctx.report('kpi-type.value', filter, { ...shown, type: typeText(type, ctx.forms), expected: valueKindText(type.primitive, ctx.locale, ctx.forms) }, { property: 'value' });
}

/**
 * kpi-type: a KPI formula or check that cannot mean what it says — `sum` of a property that is no
 * number; `where` with a value the property cannot take; a percent target on a count, unique or
 * sum; a relative check (`KPI < N%`, N% of the target) on a KPI without a target.
 */
export const kpiType: Rule = {
    name: 'kpi-type',
    codes: ['kpi-type'],
    check(ctx) {
        const model = ctx.model;
        if (!model) return;
        for (const kpi of model.own.kpis) {
            const f = kpi.formula;
            if (isSumFormula(f)) {
                const type = f.property?.ref?.type;
                if (type && type.primitive !== 'number' && type.primitive !== 'integer') {
                    ctx.report('kpi-type.sum', f, { name: kpi.name, property: `${f.track?.$refText}.${f.property.$refText}`, type: typeText(type, ctx.forms) }, { property: 'property' });
                }
            }
            if ((isCountFormula(f) || isUniqueFormula(f) || isSumFormula(f)) && f.filter) checkFilter(ctx, f.filter);
            if (f && !isRatioFormula(f) && kpi.target?.value?.percent !== undefined) {
                const formula = isCountFormula(f) ? 'count' : isUniqueFormula(f) ? 'unique' : 'sum';
                ctx.report('kpi-type.percent-target', kpi.target, { name: kpi.name, formula }, { property: 'value' });
            }
        }
        for (const risk of model.own.risks) {
            const check = lastGiven(risk.when);
            if (!isKpiCheck(check) || check.threshold?.percent === undefined) continue;
            const kpi = check.kpi?.ref;
            if (kpi && !kpi.target) {
                ctx.report('kpi-type.relative', check, { name: kpi.name, percent: check.threshold.percent, op: check.op }, { property: 'threshold' });
            }
        }
    },
};
