// Bundles the CLI, the language server and the VS Code client into CommonJS files under dist/.
// Langium is ESM-only; bundling to .cjs (as Langium's project template does) keeps start-up fast
// and lets VS Code load the client with require().
// The options are exported for test/sanity/build-output.test.ts, which builds them in memory and
// checks that esbuild has nothing to warn about.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

export const common = {
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    sourcemap: !minify,
    minify,
    logLevel: 'warning',
    // import.meta.url is used by a few ESM dependencies; give them a CommonJS equivalent.
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

// The CLI is three bundles: the command-line parser (cli.cjs, what `--version` and `--help` load),
// the commands (cli-commands.cjs: the language, the generators), required when one runs, and
// `diff` alone (cli-diff.cjs: the language without the generators' libraries, a third the size).
const lazyCommands = {
    name: 'lazy-cli-commands',
    setup(build) {
        build.onResolve({ filter: /^\.\/(commands\/validate|generators|build|fmt|init|diff|review)\.js$/ }, args =>
            /cli[\\/](main|commands[\\/]register-(generators|authoring|review))\.ts$/.test(args.importer)
                ? { path: args.path === './diff.js' ? './cli-diff.cjs' : './cli-commands.cjs', external: true } : undefined);
    },
};

// archiver-utils (under ExcelJS's streaming workbook writer) still calls `new Buffer(…)`; bundled,
// it is no longer under node_modules, so Node would print its deprecation warning (DEP0005) on
// every xlsx calendar. The same calls in the non-deprecated spelling.
const modernBuffer = {
    name: 'archiver-utils-buffer',
    setup(build) {
        build.onLoad({ filter: /archiver-utils[\\/]index\.js$/ }, async args => {
            const text = await (await import('node:fs/promises')).readFile(args.path, 'utf8');
            return {
                contents: text.replace(/new Buffer\((0|size)\)/g, 'Buffer.alloc($1)').replace(/new Buffer\(source\)/g, 'Buffer.from(source)'),
                loader: 'js',
            };
        });
    },
};

export const builds = [
    // `import()` of the commands becomes `require()`: Node's ESM loader would first scan the 4 MB
    // CommonJS bundle for its export names (≈ 0.2 s of every command).
    { entryPoints: { cli: 'language/cli/main.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' }, plugins: [lazyCommands], supported: { 'dynamic-import': false } },
    { entryPoints: { 'cli-commands': 'language/cli/commands/index.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' }, plugins: [modernBuffer] },
    { entryPoints: { 'cli-diff': 'language/cli/commands/diff-index.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' } },
    // The worker threads of `playbook validate` on big folders.
    { entryPoints: { 'validate-worker': 'language/cli/validate-worker.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' } },
    // The worker thread that loads the second version of a big `playbook diff`.
    { entryPoints: { 'version-worker': 'language/review/version-worker.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' } },
    { entryPoints: { server: 'language/lsp/server-entry.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' }, plugins: [modernBuffer] },
    { entryPoints: { extension: 'extension/src/extension.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' }, external: ['vscode'] },
    // The timeline preview's own script, run inside the webview (a browser page): no Node, no banner.
    { entryPoints: { preview: 'extension/webview/preview.ts' }, outdir: 'dist', platform: 'browser', format: 'iife', target: 'es2022', define: {}, banner: {} },
];

const direct = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
for (const b of direct ? builds : []) {
    const entry = Object.values(b.entryPoints)[0];
    if (!existsSync(entry)) continue;
    const options = { ...common, ...b };
    if (watch) {
        const ctx = await esbuild.context(options);
        await ctx.watch();
    } else {
        await esbuild.build(options);
    }
}
