/** The KPI dependency graph of the model. */
import { type Goal, type Kpi, type Track, isCountFormula, isRatioFormula, isSumFormula, isUniqueFormula } from '../generated/ast.js';
import type { KpiInfo } from './model-types.js';

/**
 * KPI dependency graph: ratio KPIs point to the KPIs they divide; each KPI rests on the tracks
 * reached that way. Iterative Tarjan SCC, so a chain thousands deep cannot overflow the stack.
 */
export function buildKpiGraph(kpis: readonly Kpi[], goals: readonly Goal[]): Map<Kpi, KpiInfo> {
    const deps = new Map<Kpi, Kpi[]>();
    const direct = new Map<Kpi, Track[]>();
    const nodes = new Set<Kpi>(kpis);
    for (const kpi of kpis) {
        const f = kpi.formula;
        const d: Kpi[] = [];
        const t: Track[] = [];
        if (isRatioFormula(f)) {
            for (const r of [f.numerator?.ref, f.denominator?.ref]) {
                if (r) {
                    d.push(r);
                    nodes.add(r);
                }
            }
        } else if (isCountFormula(f) || isUniqueFormula(f) || isSumFormula(f)) {
            const tr = f.track?.ref;
            if (tr) t.push(tr);
        }
        deps.set(kpi, d);
        direct.set(kpi, t);
    }
    for (const n of nodes) {
        if (!deps.has(n)) {
            deps.set(n, []);
            direct.set(n, []);
        }
    }

    // Iterative Tarjan.
    const index = new Map<Kpi, number>();
    const low = new Map<Kpi, number>();
    const onStack = new Set<Kpi>();
    const stack: Kpi[] = [];
    const sccOf = new Map<Kpi, number>();
    const sccs: Kpi[][] = [];
    let counter = 0;
    for (const root of nodes) {
        if (index.has(root)) continue;
        const work: { node: Kpi; next: number }[] = [{ node: root, next: 0 }];
        index.set(root, counter); low.set(root, counter); counter++;
        stack.push(root); onStack.add(root);
        while (work.length) {
            const frame = work[work.length - 1];
            const succ = deps.get(frame.node)!;
            if (frame.next < succ.length) {
                const w = succ[frame.next++];
                if (!index.has(w)) {
                    index.set(w, counter); low.set(w, counter); counter++;
                    stack.push(w); onStack.add(w);
                    work.push({ node: w, next: 0 });
                } else if (onStack.has(w)) {
                    low.set(frame.node, Math.min(low.get(frame.node)!, index.get(w)!));
                }
            } else {
                work.pop();
                if (work.length) {
                    const parent = work[work.length - 1].node;
                    low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
                }
                if (low.get(frame.node) === index.get(frame.node)) {
                    const comp: Kpi[] = [];
                    let w: Kpi;
                    do {
                        w = stack.pop()!;
                        onStack.delete(w);
                        sccOf.set(w, sccs.length);
                        comp.push(w);
                    } while (w !== frame.node);
                    sccs.push(comp);
                }
            }
        }
    }

    // SCCs come out in reverse topological order: successors first.
    const sccTracks: Set<Track>[] = [];
    const cyclicScc: boolean[] = [];
    sccs.forEach((comp, i) => {
        const tracks = new Set<Track>();
        let cyclic = comp.length > 1;
        for (const k of comp) {
            for (const t of direct.get(k)!) tracks.add(t);
            for (const s of deps.get(k)!) {
                if (s === k) cyclic = true;
                const j = sccOf.get(s)!;
                if (j !== i) for (const t of sccTracks[j]) tracks.add(t);
            }
        }
        sccTracks[i] = tracks;
        cyclicScc[i] = cyclic;
    });

    const goalsOf = new Map<Kpi, Goal[]>();
    for (const g of goals) {
        for (const ref of g.kpis) {
            const k = ref.ref;
            if (!k) continue;
            let list = goalsOf.get(k);
            if (!list) goalsOf.set(k, list = []);
            if (!list.includes(g)) list.push(g);
        }
    }

    const result = new Map<Kpi, KpiInfo>();
    for (const kpi of kpis) {
        const i = sccOf.get(kpi)!;
        result.set(kpi, {
            node: kpi,
            dependsOn: deps.get(kpi)!,
            tracks: [...sccTracks[i]],
            cyclic: cyclicScc[i],
            goals: goalsOf.get(kpi) ?? [],
        });
    }
    return result;
}
