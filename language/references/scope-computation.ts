import { type AstNode, type AstNodeDescription, Cancellation, DefaultScopeComputation, type LangiumDocument, type LocalSymbols, MultiMap, interruptAndCheck } from 'langium';
import { isModel, isPhase, isTrack, isBudget, type Model } from '../generated/ast.js';

/**
 * Exports every named declaration of a file (library or playbook) to the index, so workspace
 * symbols, references and rename see them. Which of them a file may *use* is decided by the
 * scope provider (its own declarations plus those of the libraries it imports).
 */
export class PlaybookScopeComputation extends DefaultScopeComputation {
    /** The exported descriptions of a parse result, reused as its local symbols (they are the same set). */
    protected readonly exportsOf = new WeakMap<AstNode, AstNodeDescription[]>();

    override async collectExportedSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<AstNodeDescription[]> {
        const exports: AstNodeDescription[] = [];
        let i = 0;
        for (const node of declarationsOf(document.parseResult.value)) {
            if ((++i & 255) === 0) await interruptAndCheck(cancelToken);
            this.addExportedSymbol(node, exports, document);
        }
        this.exportsOf.set(document.parseResult.value, exports);
        return exports;
    }

    /** All declarations of a file are visible everywhere in that file: they are registered on the root. */
    override async collectLocalSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<LocalSymbols> {
        const root = document.parseResult.value;
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        const exported = this.exportsOf.get(root);
        if (exported) {
            for (const d of exported) symbols.add(root, d);
            return symbols;
        }
        let i = 0;
        for (const node of declarationsOf(root)) {
            if ((++i & 255) === 0) await interruptAndCheck(cancelToken);
            const name = this.nameProvider.getName(node);
            if (name) symbols.add(root, this.descriptions.createDescription(node, name, document));
        }
        return symbols;
    }
}

/** Named declarations of a file: top-level declarations, steps and milestones, budget lines (an array: read on every edit, a generator allocated per item). */
export function declarationsOf(root: AstNode): AstNode[] {
    if (!isModel(root)) return [];
    const model = root as Model;
    const decls = model.playbook?.declarations ?? model.library?.declarations ?? [];
    const out: AstNode[] = [];
    for (const decl of decls) {
        if (isBudget(decl)) {
            for (const line of decl.lines) out.push(line);
            continue;
        }
        out.push(decl);
        if (isPhase(decl)) for (const item of decl.items) out.push(item);
    }
    return out;
}


export { isTrack };
