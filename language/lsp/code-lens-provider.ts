/**
 * Code lenses above `playbook NAME`: Generate SOP calendar · Generate tracking spec · Preview
 * timeline. They run client commands (the VS Code extension implements them, calling the server's
 * `playbook.server.*` commands) with the document URI as the only argument.
 */
import { GrammarUtils, type LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import { isModel } from '../generated/ast.js';
import { pick } from '../messages/locale.js';
import { CODE_LENS_TITLES } from '../messages/quick-fixes.js';
import type { LocaleService } from '../services/locale-service.js';

/** Client command ids (contributed by the extension). */
export const CLIENT_COMMANDS = {
    calendar: 'playbook.generateCalendar',
    tracking: 'playbook.generateTracking',
    timeline: 'playbook.previewTimeline',
} as const;

export class PlaybookCodeLensProvider implements CodeLensProvider {
    protected readonly locale: LocaleService;

    constructor(services: { playbook: { Locale: LocaleService } }) {
        this.locale = services.playbook.Locale;
    }

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): CodeLens[] {
        const root = document.parseResult.value;
        const playbook = isModel(root) ? root.playbook : undefined;
        const cst = playbook?.$cstNode;
        if (!playbook || !cst) return [];
        // The lens sits on the line of the `playbook` keyword, spanning the keyword and the name.
        const keyword = GrammarUtils.findNodeForKeyword(cst, 'playbook');
        if (!keyword) return [];
        const name = GrammarUtils.findNodeForProperty(cst, 'name');
        const start = keyword.range.start;
        const end = name && name.range.start.line === start.line ? name.range.end : keyword.range.end;
        const range = { start, end };
        const uri = document.uri.toString();
        const locale = this.locale.locale;
        return (['calendar', 'tracking', 'timeline'] as const).map(kind => ({
            range,
            command: { title: pick(CODE_LENS_TITLES[kind], locale), command: CLIENT_COMMANDS[kind], arguments: [uri] },
        }));
    }
}
