/** A diagnostic as Langium documents hold them (LSP's shape, named without importing an LSP package). */
import type { LangiumDocument } from 'langium';

export type Diagnostic = NonNullable<LangiumDocument['diagnostics']>[number];
