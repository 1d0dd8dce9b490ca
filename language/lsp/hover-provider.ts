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
import { KIND_ZH, englishKeywordOf, keywordForms } from '../syntax/chinese-keywords.js';
import { pick } from '../messages/locale.js';
import { label } from '../messages/editor.js';
import { parseLocalDate } from '../model/dates.js';
import { HoverBuilder, kindText } from './hover-builder.js';
import { dayText } from '../model/date-text.js';
import type { PlaybookServices } from './playbook-lsp-module.js';
import { clauseValue } from '../syntax/clauses.js';

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
            const value = clauseValue(node, assignment.feature);
            if (typeof value === 'string') {
                const text = kindText(kindLabelsOf(node.$type), value, locale);
                // Both forms of the value: `wechat_group` · `社群`.
                const zh = (KIND_ZH as Record<string, Record<string, string> | undefined>)[node.$type]?.[value];
                return hover(`**${label(assignment.feature === 'kind' ? 'kind' : 'type', locale)}** ${text}${zh ? ` · \`${zh}\`` : ''}`);
            }
        }

        const source = leaf.grammarSource;
        if (GrammarAST.isKeyword(source)) {
            const rule = AstUtils.getContainerOfType(source, GrammarAST.isParserRule)?.name;
            // A Chinese construction (`第 … 天`, `为期`, `持续`, `面向`) explains its English keyword.
            const keyword = englishKeywordOf(source.value, rule);
            const helpRule = keyword === 'days' && source.value !== keyword ? 'Phase' : rule;
            const help = keywordHelp(keyword, helpRule, locale);
            if (!help) return undefined;
            let extra = '';
            if (isPropertyType(node) || isProperty(node)) {
                const type = PROPERTY_TYPES[keyword];
                if (type) extra = ` (${pick(type, locale)})`;
            }
            // Both forms: \`phase\` · \`阶段\`.
            const forms = keywordForms(keyword, helpRule);
            const title = forms ? `**\`${forms.en}\`** · **\`${forms.zh}\`**` : `**\`${keyword}\`**`;
            return hover(`${title}${extra} — ${help}`);
        }

        // A date literal: its weekday.
        if (GrammarAST.isRuleCall(source) && source.rule.ref?.name === 'DATE') {
            const date = parseLocalDate(leaf.text);
            if (date) return hover(dayText(date, locale));
        }
        return undefined;
    }
}
