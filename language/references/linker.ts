/**
 * Langium's linker, made proportional to the edit on big playbooks.
 *
 * Langium forgets every resolved reference of a changed document and resolves them all again,
 * walking the whole tree through generic streams with an `await` per node: on a 20,000-line
 * playbook that is 40,000 scope lookups over 100,000 nodes per keystroke. Here:
 * - references are collected once per declaration and kept with it (an AST node object stands for
 *   the same text as long as it lives: an edit replaces the declaration it falls in, see
 *   workspace/incremental-parser.ts);
 * - a reference resolved before keeps its target when nothing can have changed the answer: the
 *   target is still in its document's tree, no declaration that appeared since has the same name,
 *   and the imported libraries are the same trees. Everything else is resolved again, as Langium does.
 * The order of `document.references` (and so of linking errors) is the order Langium gives.
 */
import {
    type AstNode, Cancellation, DefaultLinker, type LangiumDocument, type ReferenceInfo, interruptAndCheck, isAstNode, isMultiReference, isReference,
} from 'langium';
import { forgetMultiTarget, forgetTarget, isSingleReference, resolvedTarget } from '../syntax/langium-internals.js';
import { isModel } from '../generated/ast.js';
import { importedLibraries } from './imports.js';

/** References kept from the previous link, and resolved anew (read by the tests and the benchmark). */
export const linkStats = { kept: 0, resolved: 0 };

interface LinkState {
    /** The top-level declarations the last complete link saw. */
    readonly declarations: WeakSet<AstNode>;
    /** The roots of the imported libraries then. */
    readonly libraries: readonly AstNode[];
}

export class PlaybookLinker extends DefaultLinker {
    protected readonly states = new WeakMap<LangiumDocument, LinkState>();
    protected readonly referencesOf = new WeakMap<AstNode, ReferenceInfo[]>();

    /** As Langium's, but resolved targets stay in place; `link` decides whether they still hold. */
    override unlink(document: LangiumDocument): void {
        for (const ref of document.references) {
            if (isSingleReference(ref)) {
                if (!resolvedTarget(ref)) forgetTarget(ref);
            } else {
                forgetMultiTarget(ref);
            }
        }
        document.references = [];
    }

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const root = document.parseResult.value;
        const container = isModel(root) ? (root.playbook ?? root.library) : undefined;
        const declarations: AstNode[] = container ? container.declarations : [];
        const libraries = this.libraryRoots(document);
        const previous = this.states.get(document);
        const reuse = previous !== undefined && previous.libraries.length === libraries.length && previous.libraries.every((l, i) => l === libraries[i]);
        // Names declared by declarations that are new since the last link.
        const fresh = new Set<string>();
        if (reuse) for (const decl of declarations) if (!previous.declarations.has(decl)) namesIn(decl, fresh);

        // Synchronous per reference (an `await` per reference allocated a promise for each of the
        // 40,000 references of a 20,000-line file); cancellation is checked every 1,024 references.
        const linkOne = (info: ReferenceInfo) => {
            const ref = info.reference;
            const target = resolvedTarget(ref);
            if (target) {
                if (reuse && !fresh.has(ref.$refText) && attached(target)) {
                    document.references.push(ref);
                    linkStats.kept++;
                    return;
                }
                forgetTarget(ref);
            }
            linkStats.resolved++;
            this.doLink(info, document);
        };
        let count = 0;
        // The references outside declarations (the playbook's `owner`), then each declaration's.
        for (const info of collectReferences(root, container)) linkOne(info);
        for (const decl of declarations) {
            let infos = this.referencesOf.get(decl);
            if (!infos) this.referencesOf.set(decl, infos = collectReferences(decl));
            for (const info of infos) linkOne(info);
            count += infos.length;
            if (count >= 1024) {
                count = 0;
                await interruptAndCheck(cancelToken);
            }
        }
        this.states.set(document, { declarations: new WeakSet(declarations), libraries });
    }

    protected libraryRoots(document: LangiumDocument): AstNode[] {
        const documents = this.langiumDocuments();
        return [...importedLibraries(document, documents).values()].map(library => library.$container);
    }
}

/** Whether a node is still part of the current tree of its document. */
function attached(node: AstNode): boolean {
    let n = node;
    while (n.$container) n = n.$container;
    return n.$document !== undefined && n.$document.parseResult.value === n;
}

/** Every name declared in a subtree (more than the scopes need: it only makes linking redo more). */
function namesIn(node: AstNode, out: Set<string>): void {
    const stack = [node];
    while (stack.length) {
        const n = stack.pop()!;
        const name = (n as { name?: unknown }).name;
        if (typeof name === 'string') out.add(name);
        for (const [key, value] of Object.entries(n)) {
            if (key.charCodeAt(0) === 36 /* $ */) continue;
            if (isAstNode(value)) stack.push(value);
            else if (Array.isArray(value)) for (const v of value) if (isAstNode(v)) stack.push(v);
        }
    }
}

/**
 * The references of a subtree in Langium's order (pre-order, by property), without descending
 * into `skip`'s `declarations` (those are collected per declaration).
 */
function collectReferences(node: AstNode, skip?: AstNode): ReferenceInfo[] {
    const out: ReferenceInfo[] = [];
    const stack: AstNode[] = [node];
    const children: AstNode[] = [];
    while (stack.length > 0) {
        const n = stack.pop()!;
        children.length = 0;
        for (const property of Object.keys(n)) {
            if (property.charCodeAt(0) === 36 /* $ */) continue;
            if (n === skip && property === 'declarations') continue;
            const value = (n as unknown as Record<string, unknown>)[property];
            if (isReference(value) || isMultiReference(value)) {
                out.push({ reference: value, container: n, property });
            } else if (isAstNode(value)) {
                children.push(value);
            } else if (Array.isArray(value)) {
                for (let index = 0; index < value.length; index++) {
                    const item = value[index];
                    if (isReference(item) || isMultiReference(item)) out.push({ reference: item, container: n, property, index });
                    else if (isAstNode(item)) children.push(item);
                }
            }
        }
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
    return out;
}
