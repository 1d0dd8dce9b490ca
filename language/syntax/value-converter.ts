import { type CstNode, DefaultValueConverter, type GrammarAST, type ValueType } from 'langium';

/**
 * Converts token text to values. Block strings `"""…"""` lose their quotes, their first and last
 * blank lines and their common leading indentation; line breaks inside are kept (LF).
 */
export class PlaybookValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'BLOCK_STRING') {
            return dedentBlockString(input);
        }
        return super.runConverter(rule, input, cstNode);
    }
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
