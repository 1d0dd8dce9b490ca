/**
 * Semantic tokens. The TextMate grammar colours words by spelling, so in
 * `phase review "复盘" kind review` both `review`s look like keywords. These tokens say what each
 * name really is:
 *
 * | what | token type |
 * | --- | --- |
 * | playbook, library, phase | namespace |
 * | role | class |
 * | channel | interface |
 * | segment | type |
 * | asset | struct |
 * | step, milestone | function |
 * | track | event |
 * | property | property |
 * | KPI, goal, risk, budget line | variable |
 * | kind / type / currency values | enumMember |
 * | dates, times, durations, day numbers, amounts | number |
 *
 * Declaration names carry the `declaration` modifier; references get the type of what they name.
 */
import { type AstNode, AstUtils, type AstReflection } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import {
    isAmount, isAsset, isBlackout, isBudget, isChannel, isDayRange, isGoal, isLiteral, isMilestone, isPhase, isPhaseDay, isPlaybook,
    isReadyAt, isRisk, isStep,
} from '../generated/ast.js';
import type { PlaybookServices } from './playbook-lsp-module.js';

export const TOKEN_TYPE_OF: Readonly<Record<string, string>> = {
    Playbook: SemanticTokenTypes.namespace,
    Library: SemanticTokenTypes.namespace,
    Phase: SemanticTokenTypes.namespace,
    Role: SemanticTokenTypes.class,
    Channel: SemanticTokenTypes.interface,
    Segment: SemanticTokenTypes.type,
    Asset: SemanticTokenTypes.struct,
    Step: SemanticTokenTypes.function,
    Milestone: SemanticTokenTypes.function,
    Track: SemanticTokenTypes.event,
    Property: SemanticTokenTypes.property,
    Kpi: SemanticTokenTypes.variable,
    Goal: SemanticTokenTypes.variable,
    Risk: SemanticTokenTypes.variable,
    BudgetLine: SemanticTokenTypes.variable,
};

export class PlaybookSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected readonly reflection: AstReflection;

    constructor(services: PlaybookServices) {
        super(services);
        this.reflection = services.shared.AstReflection;
    }

    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const type = TOKEN_TYPE_OF[node.$type];
        if (type && typeof (node as { name?: unknown }).name === 'string') {
            acceptor({ node, property: 'name' as never, type, modifier: SemanticTokenModifiers.declaration });
        }
        for (const ref of AstUtils.streamReferences(node)) {
            const target = this.reflection.getReferenceType(ref);
            const refType = TOKEN_TYPE_OF[target];
            if (refType) acceptor({ node, property: ref.property as never, index: ref.index, type: refType });
        }
        const enumMember = SemanticTokenTypes.enumMember;
        const number = SemanticTokenTypes.number;
        if ((isChannel(node) || isAsset(node) || isGoal(node) || isPhase(node) || isRisk(node)) && node.kind) {
            acceptor({ node, property: 'kind' as never, type: enumMember });
        }
        if (isPlaybook(node)) {
            if (node.type) acceptor({ node, property: 'type', type: enumMember });
            if (node.start) acceptor({ node, property: 'start', type: number });
        } else if (isPhase(node)) {
            if (node.days !== undefined) acceptor({ node, property: 'days', type: number });
            if (node.from) acceptor({ node, property: 'from', type: number });
        } else if (isStep(node)) {
            if (node.day !== undefined) acceptor({ node, property: 'day', type: number });
            if (node.time) acceptor({ node, property: 'time', type: number });
            if (node.duration) acceptor({ node, property: 'duration', type: number });
            node.reminders.forEach((_, index) => acceptor({ node, property: 'reminders', index, type: number }));
        } else if (isMilestone(node)) {
            if (node.day !== undefined) acceptor({ node, property: 'day', type: number });
        } else if (isDayRange(node)) {
            acceptor({ node, property: 'from', type: number });
            acceptor({ node, property: 'to', type: number });
        } else if (isPhaseDay(node)) {
            acceptor({ node, property: 'day', type: number });
        } else if (isReadyAt(node)) {
            if (node.date) acceptor({ node, property: 'date', type: number });
        } else if (isBlackout(node)) {
            acceptor({ node, property: 'from', type: number });
            if (node.to) acceptor({ node, property: 'to', type: number });
        } else if (isBudget(node)) {
            acceptor({ node, property: 'amount', type: number });
            if (node.currency) acceptor({ node, property: 'currency', type: enumMember });
        } else if (isAmount(node)) {
            acceptor({ node, property: node.percent !== undefined ? 'percent' : 'number', type: number });
        } else if (isLiteral(node) && node.number !== undefined) {
            acceptor({ node, property: 'number', type: number });
        }
    }
}
