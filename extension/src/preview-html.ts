/**
 * The timeline preview's HTML shell, as a pure function (no `vscode` import) so its escaping and
 * its Content-Security-Policy are unit-tested. The shell holds no playbook text at all: the
 * webview script (extension/webview/preview.ts, bundled to dist/preview.js) receives the timeline
 * by postMessage and builds the DOM with textContent.
 */
import { randomBytes } from 'node:crypto';

const HTML_ESCAPES: Record<string, string> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};

/** Escapes text for an HTML text node or a double- or single-quoted attribute. */
export function escapeHtml(value: string): string {
    return String(value).replace(/[&<>"']/g, ch => HTML_ESCAPES[ch]);
}

/** A fresh nonce: 128 random bits, base64 without padding (only [A-Za-z0-9+/]). */
export function makeNonce(): string {
    return randomBytes(16).toString('base64').replace(/=+$/, '');
}

export interface PreviewHtmlOptions {
    /** The webview's `cspSource` (where its local resources come from). */
    cspSource: string;
    nonce: string;
    /** Webview URIs (asWebviewUri) of the bundled script and the stylesheet. */
    scriptUri: string;
    styleUri: string;
    /** BCP-47 language of the UI, e.g. `en` or `zh-cn`. */
    lang: string;
    /** The document title (the panel has its own title; this is for screen readers). */
    title: string;
    /** Shown until the first timeline arrives. */
    loadingText: string;
}

/**
 * The Content-Security-Policy: nothing by default; scripts only with the nonce; styles and images
 * only from the extension's own files; no remote anything, no inline style attributes.
 */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
    return [
        "default-src 'none'",
        `img-src ${cspSource} data:`,
        `style-src ${cspSource}`,
        `font-src ${cspSource}`,
        `script-src 'nonce-${nonce}'`,
        "connect-src 'none'",
        "frame-src 'none'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    ].join('; ');
}

export function buildPreviewHtml(options: PreviewHtmlOptions): string {
    if (!/^[A-Za-z0-9+/]{16,}$/.test(options.nonce)) throw new Error('invalid nonce');
    const e = escapeHtml;
    const csp = contentSecurityPolicy(options.cspSource, options.nonce);
    return `<!DOCTYPE html>
<html lang="${e(options.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${e(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${e(options.styleUri)}">
<title>${e(options.title)}</title>
</head>
<body>
<div id="status" class="status" role="status" aria-live="polite">${e(options.loadingText)}</div>
<header id="header"></header>
<section id="chart" class="chart"></section>
<section id="sop" class="sop"></section>
<script nonce="${e(options.nonce)}" src="${e(options.scriptUri)}"></script>
</body>
</html>
`;
}
