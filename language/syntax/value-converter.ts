import { AstUtils, type CstNode, DefaultValueConverter, GrammarAST, type ValueType } from 'langium';
import { KEYWORD_EN, type KindTableName, kindFromChinese, weekdayFromChinese } from './chinese-keywords.js';

const KIND_RULES: ReadonlySet<string> = new Set(['Channel', 'Asset', 'Goal', 'Phase', 'Risk']);

/**
 * Converts token text to values. Block strings `"""…"""` lose their quotes, their first and last
 * blank lines and their common leading indentation; line breaks inside are kept (LF).
 * Chinese forms become their English values (chinese-keywords.ts): property types and `是`/`否`,
 * kind values written after `kind` (`类型 社群` is `kind wechat_group`) or the playbook `type`, and
 * the weekday of `repeat` (`每周 周四` is `weekly on thu`). Keywords assigned as values (`节假日 中国大陆`)
 * are stored as the English keyword by the parser (cst-node-builder.ts).
 */
export class PlaybookValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'BLOCK_STRING') {
            return dedentBlockString(input);
        }
        if (rule.name === 'PrimitiveType' || rule.name === 'Flag') return KEYWORD_EN[input] ?? input;
        if (rule.name === 'Name') {
            const table = kindTable(cstNode);
            if (table) return kindFromChinese(table, input) ?? input;
            if (isWeekday(cstNode)) return weekdayFromChinese(input) ?? input;
        }
        return super.runConverter(rule, input, cstNode);
    }
}

/** What a Name means where the grammar writes it: a kind table, a weekday, or nothing (by grammar element: asked once). */
const NAME_SITES = new WeakMap<GrammarAST.AbstractElement, { table?: KindTableName; weekday: boolean }>();

function nameSite(cstNode: CstNode | undefined): { table?: KindTableName; weekday: boolean } {
    const source = cstNode?.grammarSource;
    if (!source) return { weekday: false };
    let site = NAME_SITES.get(source);
    if (!site) {
        const assignment = AstUtils.getContainerOfType(source, GrammarAST.isAssignment);
        NAME_SITES.set(source, site = { table: assignment && kindTableOf(assignment), weekday: assignment?.feature === 'weekday' });
    }
    return site;
}

function kindTableOf(assignment: GrammarAST.Assignment): KindTableName | undefined {
    if (assignment.feature !== 'kind' && assignment.feature !== 'type') return undefined;
    const rule = AstUtils.getContainerOfType(assignment, GrammarAST.isParserRule)?.name;
    if (rule === 'Playbook') return assignment.feature === 'type' ? 'Playbook' : undefined;
    return rule && KIND_RULES.has(rule) && assignment.feature === 'kind' ? rule as KindTableName : undefined;
}

/** The kind table of a name written as a `kind` (or the playbook's `type`) value, else undefined. */
export function kindTable(cstNode: CstNode | undefined): KindTableName | undefined {
    return nameSite(cstNode).table;
}

/** Whether a name is written as the weekday of `repeat weekly on …`. */
export function isWeekday(cstNode: CstNode | undefined): boolean {
    return nameSite(cstNode).weekday;
}

export function dedentBlockString(token: string): string {
    const body = token.startsWith('"""') && token.endsWith('"""') && token.length >= 6 ? token.slice(3, -3) : token;
    const lines = body.replace(/\r\n?/g, '\n').split('\n');
    if (lines.length > 1 && lines[0].trim() === '') lines.shift();
    if (lines.length > 1 && lines[lines.length - 1].trim() === '') lines.pop();
    let indent = Infinity;
    for (const line of lines) {
        if (line.trim() === '') continue;
        const lead = /^[ \t]*/.exec(line)![0].length;
        if (lead < indent) indent = lead;
    }
    if (!Number.isFinite(indent)) indent = 0;
    return lines.map(line => line.slice(Math.min(indent, /^[ \t]*/.exec(line)![0].length))).join('\n');
}
