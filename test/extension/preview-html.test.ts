import { strict as assert } from 'node:assert';
import { buildPreviewHtml, contentSecurityPolicy, escapeHtml, makeNonce } from '../../extension/src/preview-html.js';

const hostile = `"><script>alert(1)</script><img src=x onerror=alert(2)>'&`;

function html(overrides: Partial<Parameters<typeof buildPreviewHtml>[0]> = {}): string {
    return buildPreviewHtml({
        cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
        nonce: 'AAAAAAAAAAAAAAAAAAAAAA',
        scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/preview.js',
        styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/extension/media/preview.css',
        lang: 'en',
        title: 'Timeline: double11.playbook',
        loadingText: 'Loading…',
        ...overrides,
    });
}

describe('timeline preview HTML', () => {
    it('escapes the five HTML-significant characters', () => {
        assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
        assert.equal(escapeHtml('双十一 · 预热'), '双十一 · 预热');
    });

    it('makes a fresh, CSP-safe nonce each time', () => {
        const a = makeNonce();
        const b = makeNonce();
        assert.notEqual(a, b);
        assert.match(a, /^[A-Za-z0-9+/]{22}$/);
    });

    it('allows scripts only by nonce and nothing remote', () => {
        const csp = contentSecurityPolicy('https://src.example', 'NONCE1234567890ABCDEFG');
        assert.match(csp, /^default-src 'none';/);
        assert.match(csp, /script-src 'nonce-NONCE1234567890ABCDEFG'(;|$)/);
        assert.match(csp, /style-src https:\/\/src\.example(;|$)/);
        assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*|http:/);
        assert.match(csp, /connect-src 'none'/);
    });

    it('puts the CSP first in <head> and loads exactly one script, with the nonce', () => {
        const page = html();
        const head = page.slice(page.indexOf('<head>'), page.indexOf('</head>'));
        assert.ok(head.indexOf('Content-Security-Policy') < head.indexOf('<link'), 'CSP meta precedes every resource');
        const scripts = page.match(/<script\b[^>]*>/g) ?? [];
        assert.equal(scripts.length, 1);
        assert.match(scripts[0], /nonce="AAAAAAAAAAAAAAAAAAAAAA"/);
        assert.doesNotMatch(page, /\son[a-z]+=/i, 'no inline event handlers');
        assert.doesNotMatch(page, /style="/, 'no inline styles');
    });

    it('escapes every value it is given, so no text can open a tag or leave an attribute', () => {
        const page = html({ title: hostile, loadingText: hostile, lang: hostile, scriptUri: `x"${hostile}`, styleUri: `y"${hostile}` });
        assert.doesNotMatch(page, /<script>alert/);
        assert.doesNotMatch(page, /<img/);
        assert.equal((page.match(/<script\b/g) ?? []).length, 1);
        assert.ok(page.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
        // No unescaped double quote inside any attribute value: every attribute is name="…" with no stray quotes.
        for (const tag of page.match(/<[a-z][^>]*>/g) ?? []) {
            const quotes = (tag.match(/"/g) ?? []).length;
            assert.equal(quotes % 2, 0, tag);
        }
    });

    it('refuses a nonce that could break out of the policy', () => {
        assert.throws(() => html({ nonce: `abc' 'unsafe-inline` }), /invalid nonce/);
        assert.throws(() => html({ nonce: 'short' }), /invalid nonce/);
    });
});
