/**
 * One Chinese term per concept, in every text a planner reads: diagnostics, hovers, completion,
 * keyword help, outputs, CLI messages and the extension's UI. test/messages/glossary.test.ts
 * reads every zh-CN text of language/messages/ and of the extension's translations and fails on
 * a term listed under `avoid`. Wording follows the planners' own (PRACTICE.md): 物料 as in 物料审核,
 * SOP 动作 as in the SOP calendar, 目标人群 as the csv column, 风险检查点 as the event type.
 */
export interface GlossaryEntry {
    /** The concept (the language's keyword or the output's term). */
    readonly concept: string;
    readonly en: string;
    /** The one Chinese term. */
    readonly zh: string;
    /** Other words for the same concept that must not appear (patterns over zh-CN texts). */
    readonly avoid: readonly RegExp[];
}

export const GLOSSARY: readonly GlossaryEntry[] = [
    { concept: 'asset', en: 'asset', zh: '物料', avoid: [/素材/] },
    { concept: 'step', en: 'SOP step', zh: 'SOP 动作', avoid: [/步骤/] },
    { concept: 'segment', en: 'segment', zh: '目标人群', avoid: [/用户分层/, /(?<!目标)人群(?!包)/] },
    { concept: 'checkpoint', en: 'risk checkpoint', zh: '风险检查点', avoid: [/(?<!风险)检查点/] },
    { concept: 'asset-due', en: 'asset due', zh: '物料截止', avoid: [/物料到期|素材截止/] },
    { concept: 'milestone', en: 'milestone', zh: '里程碑', avoid: [/节点事件/] },
    { concept: 'name', en: 'ID', zh: '标识（ID）', avoid: [/英文名(?!称)/] },
    { concept: 'track', en: 'track', zh: '埋点', avoid: [/打点/] },
    { concept: 'kpi', en: 'KPI', zh: '指标', avoid: [/KPI/] },
    { concept: 'warmup', en: 'warm-up', zh: '预热', avoid: [/宣传期/] },
    { concept: 'risk response', en: 'response', zh: '应对', avoid: [/应急措施/] },
    { concept: 'breaking change', en: 'breaking (tracking change)', zh: '不兼容变更', avoid: [/破坏性变更/] },
];
