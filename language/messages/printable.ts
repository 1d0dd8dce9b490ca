/**
 * Text from files and the command line (file names, import paths, zone strings, names) shown in
 * a terminal or a log: control characters as visible escapes, so an ESC/BEL sequence cannot
 * retitle the terminal or clear the screen, a line break cannot forge a summary line, and a
 * bidirectional override cannot reorder what is shown (Trojan source).
 */

/** C0 controls, DEL, C1 controls, line/paragraph separators, and the bidi marks, embeddings, overrides and isolates. */
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/** `text` with every control character as `\uXXXX`. */
export function printable(text: string): string {
    return text.replace(CONTROL_CHARACTERS, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const ENGLISH_PLURAL = new Intl.PluralRules('en');

/**
 * `{0|row|rows}`: the first form when argument 0 is one, else the second (English; the Chinese
 * texts have no plural forms and never use it).
 */
export function pluralForms(text: string, args: readonly (string | number)[]): string {
    return text.replace(/\{(\d+)\|([^|{}]*)\|([^|{}]*)\}/g, (m, i, one, other) => {
        const n = args[Number(i)];
        if (n === undefined) return m;
        return ENGLISH_PLURAL.select(Number(n)) === 'one' ? one : other;
    });
}

/** `{0}`, `{1}`, … in `template` replaced by the printable form of the arguments; `{0|file|files}` by the form argument 0 takes. */
export function fillPrintable(template: string, args: readonly (string | number)[]): string {
    return pluralForms(template, args).replace(/\{(\d+)\}/g, (m, i) => (args[Number(i)] !== undefined ? printable(String(args[Number(i)])) : m));
}
