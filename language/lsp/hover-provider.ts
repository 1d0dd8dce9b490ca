/**
 * Hover: on a declaration or a reference, the description of the declaration (HoverBuilder); on
 * an enumerated value (`kind poster`), its meaning; on a keyword, a short explanation; on a date,
 * its weekday. All in the user's language.
 */
import { type AstNode, AstUtils, CstUtils, GrammarAST, GrammarUtils, type LangiumDocument, type MaybePromise } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import { isProperty, isPropertyType } from '../generated/ast.js';
import { keywordHelp } from '../messages/keyword-help.js';
import { PROPERTY_TYPES, kindLabelsOf } from '../messages/kinds.js';
import { declarationRow } from '../vocabulary/declarations.js';
import { pick } from '../messages/locale.js';
import { label } from '../messages/editor.js';
import { parseLocalDate } from '../model/dates.js';
import { HoverBuilder, kindText } from './hover-builder.js';
import { dayText } from '../model/date-text.js';
import type { PlaybookServices } from './playbook-lsp-module.js';

export class PlaybookHoverProvider implements HoverProvider {
    protected readonly services: PlaybookServices;
    protected readonly builder: HoverBuilder;

    constructor(services: PlaybookServices) {
        this.services = services;
        this.builder = new HoverBuilder(services);
    }

    getHoverContent(document: LangiumDocument, params: HoverParams): MaybePromise<Hover | undefined> {
        const root = document.parseResult?.value?.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, offset, this.services.parser.GrammarConfig.nameRegexp);
        if (!leaf || leaf.offset + leaf.length <= offset) return undefined;
        const locale = this.services.playbook.Locale.locale;
        const hover = (value: string | undefined): Hover | undefined =>
            value ? { contents: { kind: 'markdown', value }, range: leaf.range } : undefined;

        // A declaration's name or a reference.
        let targets: AstNode[] = [];
        try {
            targets = this.services.references.References.findDeclarations(leaf);
        } catch {
            targets = [];
        }
        if (targets.length > 0) {
            const parts = targets.map(t => this.builder.declarationHover(t, document, locale)).filter((t): t is string => !!t);
            if (parts.length) return hover(parts.join('\n\n---\n\n'));
        }

        // An enumerated value: `kind poster`, `type promotion`.
        const assignment = GrammarUtils.findAssignment(leaf);
        const node = leaf.astNode;
        if (assignment && declarationRow(node.$type)?.kinds?.property === assignment.feature) {
            const value = (node as unknown as Record<string, unknown>)[assignment.feature];
            if (typeof value === 'string') {
                const text = kindText(kindLabelsOf(node.$type), value, locale);
                return hover(`**${label(assignment.feature === 'kind' ? 'kind' : 'type', locale)}** ${text}`);
            }
        }

        const source = leaf.grammarSource;
        if (GrammarAST.isKeyword(source)) {
            const rule = AstUtils.getContainerOfType(source, GrammarAST.isParserRule)?.name;
            const help = keywordHelp(source.value, rule, locale);
            if (!help) return undefined;
            let extra = '';
            if (isPropertyType(node) || isProperty(node)) {
                const type = PROPERTY_TYPES[source.value];
                if (type) extra = ` (${pick(type, locale)})`;
            }
            return hover(`**\`${source.value}\`**${extra} — ${help}`);
        }

        // A date literal: its weekday.
        if (GrammarAST.isRuleCall(source) && source.rule.ref?.name === 'DATE') {
            const date = parseLocalDate(leaf.text);
            if (date) return hover(dayText(date, locale));
        }
        return undefined;
    }
}
