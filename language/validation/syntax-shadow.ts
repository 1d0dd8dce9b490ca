/**
 * After a syntax error the parser leaves out what it could not read, so a rule that reports
 * something missing ("no start", "no day", "never used") would report the syntax error a second
 * time, in other words and at another place. Such findings are held back where a syntax error
 * could have swallowed what they miss: in the node's own text up to the next declaration
 * (`node`), or anywhere in the file (`file`: a missing reference or target may sit elsewhere).
 */
import type { AstNode, LangiumDocument } from 'langium';
import type { MessageKey } from '../messages/diagnostics.js';

const ABSENCE: Partial<Record<MessageKey, 'node' | 'file'>> = {
    'missing-timeline.start': 'node',
    'missing-timeline.days': 'node',
    'missing-timeline.day': 'node',
    'no-review-phase': 'node',
    'missing-risk-plan': 'node',
    'uncovered-risk': 'node',
    'risk-without-response': 'node',
    'missing-tracking': 'node',
    'goal-without-kpi': 'node',
    'missing-owner': 'node',
    'pii-without-consent': 'file',
    'kpi-without-target': 'file',
    'untracked-channel': 'file',
    'unused-declaration': 'file',
};

/** Offsets of the syntax errors of a parse (lexer and parser), sorted; kept per parse result. */
const offsetsOf = new WeakMap<object, number[]>();

function syntaxErrorOffsets(document: LangiumDocument): number[] {
    const result = document.parseResult;
    let offsets = offsetsOf.get(result);
    if (!offsets) {
        const end = document.textDocument.getText().length;
        offsets = [
            ...result.lexerErrors.map(e => e.offset),
            ...result.parserErrors.map(e => (Number.isFinite(e.token.startOffset) ? e.token.startOffset : end)),
        ].sort((a, b) => a - b);
        offsetsOf.set(result, offsets);
    }
    return offsets;
}

/**
 * The text a node's missing clauses could have been in: from its start to the next node of its
 * container, or its container's end; undefined for the whole file.
 */
function regionOf(node: AstNode): [number, number] | undefined {
    const cst = node.$cstNode;
    const container = node.$container;
    // The playbook: a broken header can end its text early, and all that follows is lost.
    if (!cst || !container?.$container) return undefined;
    let end = cst.end;
    const list = container && node.$containerProperty ? (container as unknown as Record<string, unknown>)[node.$containerProperty] : undefined;
    if (Array.isArray(list)) {
        const next = list[(node.$containerIndex ?? list.indexOf(node)) + 1] as AstNode | undefined;
        end = next?.$cstNode?.offset ?? container?.$cstNode?.end ?? end;
    } else if (container?.$cstNode) {
        end = container.$cstNode.end;
    }
    return [cst.offset, end];
}

/** Whether a finding of `key` on `node` is to be held back because of a syntax error. */
export function hiddenBySyntaxError(key: MessageKey, node: AstNode, document: LangiumDocument): boolean {
    const scope = ABSENCE[key];
    if (!scope) return false;
    const offsets = syntaxErrorOffsets(document);
    if (offsets.length === 0) return false;
    if (scope === 'file') return true;
    const region = regionOf(node);
    return region === undefined || offsets.some(o => o >= region[0] && o <= region[1]);
}
