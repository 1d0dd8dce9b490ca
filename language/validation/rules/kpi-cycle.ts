import type { Kpi } from '../../generated/ast.js';
import type { Rule } from '../rule.js';

/** The shortest ratio path from a KPI back to itself, e.g. `a → b → a`. */
function cyclePath(start: Kpi, depsOf: (k: Kpi) => readonly Kpi[]): string {
    const previous = new Map<Kpi, Kpi>();
    const queue: Kpi[] = [...depsOf(start)];
    for (const d of queue) previous.set(d, start);
    for (let i = 0; i < queue.length; i++) {
        const k = queue[i];
        if (k === start) break;
        for (const d of depsOf(k)) {
            if (!previous.has(d)) {
                previous.set(d, k);
                queue.push(d);
            }
        }
    }
    const names: string[] = [start.name];
    let cur: Kpi | undefined = previous.get(start);
    for (let guard = 0; cur && cur !== start && guard < 10_000; guard++) {
        names.push(cur.name);
        cur = previous.get(cur);
    }
    names.push(start.name);
    if (names.length === 2) return `${start.name} → ${start.name}`;
    // names are collected backwards from the end of the cycle.
    return [start.name, ...names.slice(1, -1).reverse(), start.name].join(' → ');
}

/** kpi-cycle: a ratio KPI depends on itself, directly or through other KPIs. */
export const kpiCycle: Rule = {
    name: 'kpi-cycle',
    codes: ['kpi-cycle'],
    check(ctx) {
        const model = ctx.model;
        if (!model) return;
        const depsOf = (k: Kpi) => model.kpis.get(k)?.dependsOn ?? [];
        for (const info of model.kpis.values()) {
            if (!info.cyclic || !info.node.formula) continue;
            ctx.report('kpi-cycle', info.node, { name: info.node.name, path: cyclePath(info.node, depsOf) }, { property: 'formula' });
        }
    },
};
