import { strict as assert } from 'node:assert';
import { expectFindReferences, expectFoldings, expectGoToDefinition, expectSymbols, expectWorkspaceSymbols } from 'langium/test';
import { type DocumentSymbol, FoldingRangeKind, type LocationLink, SymbolKind } from 'vscode-languageserver';
import { dispose, lspServices, workspace } from './lsp-services.js';

const en = lspServices('en');
const zh = lspServices('zh-CN');

const LIB = `library common {
  role ops "运营"
  channel group "福利社群" kind wechat_group
  track join "进群" { on group property source string }
}`;

const MAIN = `import "./common.playbook"
playbook d "双十一" {
  start 2026-10-12
  owner ops
  asset poster "海报" kind poster { ready warmup day 1 }
  phase warmup "预热期" kind warmup days 7 {
    step post "发海报" day 1 at 10:00 on group uses poster
    step remind_all "提醒" days 5..7 on group
    milestone ready "准备完成" day 3
  }
  phase burst "爆发期" kind burst days 3 {
    step sale "开抢" day 1 at 20:00 on group owner ops
  }
  kpi members "进群人数" = count join target 1000
  goal grow "拉新" kind acquisition { kpi members }
  risk outage "宕机" kind outage { then "切换备用" }
  budget 1000 CNY { line ads "广告" 100% }
  blackout 2026-10-14 "竞品日"
}`;

function names(symbols: DocumentSymbol[] | undefined): string[] {
    return (symbols ?? []).map(s => s.name);
}

describe('navigation', () => {
    describe('document symbols', () => {
        it('nest phases ⊃ steps and milestones inside the playbook, with kinds and dated details', async () => {
            const docs = await workspace(en, { 'common.playbook': LIB, 'main.playbook': MAIN });
            try {
                const doc = docs['main.playbook'];
                const symbols = await en.lsp.DocumentSymbolProvider!.getSymbols(doc, { textDocument: { uri: doc.uri.toString() } });
                assert.deepEqual(names(symbols), ['d']);
                const playbook = symbols[0];
                assert.equal(playbook.kind, SymbolKind.Module);
                assert.equal(playbook.detail, '双十一');
                assert.deepEqual(names(playbook.children), ['poster', 'warmup', 'burst', 'members', 'grow', 'outage', 'budget 1000 CNY', '2026-10-14']);
                const warmup = playbook.children!.find(s => s.name === 'warmup')!;
                assert.equal(warmup.kind, SymbolKind.Namespace);
                assert.equal(warmup.detail, '预热期 · 2026-10-12 Mon – 2026-10-18 Sun · 7 days');
                assert.deepEqual(names(warmup.children), ['post', 'remind_all', 'ready']);
                const [post, remind, ready] = warmup.children!;
                assert.equal(post.kind, SymbolKind.Function);
                assert.equal(post.detail, '发海报 · 2026-10-12 Mon 10:00');
                assert.equal(remind.detail, '提醒 · 2026-10-16 Fri – 2026-10-18 Sun');
                assert.equal(ready.kind, SymbolKind.Key);
                assert.equal(ready.detail, '准备完成 · 2026-10-14 Wed');
                const kinds = Object.fromEntries(playbook.children!.map(s => [s.name, s.kind]));
                assert.equal(kinds.poster, SymbolKind.File);
                assert.equal(kinds.members, SymbolKind.Variable);
                assert.equal(kinds.grow, SymbolKind.Constant);
                const budget = playbook.children!.find(s => s.name.startsWith('budget'))!;
                assert.deepEqual(names(budget.children), ['ads']);
                assert.equal(playbook.children!.find(s => s.name === '2026-10-14')!.detail, '竞品日');
                // The selection is the name; the range covers the declaration.
                assert.equal(doc.textDocument.getText(post.selectionRange), 'post');
                assert.match(doc.textDocument.getText(post.range), /^step post[\s\S]*uses poster$/);

                const lib = await en.lsp.DocumentSymbolProvider!.getSymbols(docs['common.playbook'], { textDocument: { uri: docs['common.playbook'].uri.toString() } });
                assert.equal(lib[0].kind, SymbolKind.Package);
                assert.deepEqual(names(lib[0].children), ['ops', 'group', 'join']);
                assert.deepEqual(names(lib[0].children![2].children), ['source']);
                assert.equal(lib[0].children![2].children![0].kind, SymbolKind.Property);
            } finally {
                await dispose(en, docs);
            }
        });

        it('a repeating playbook: the first run\'s dates with the number of runs, and its runs on the repeat clause', async () => {
            const text = `playbook w "每周直播" {
  repeat weekly on mon from 2026-10-12 until 2026-10-26
  anchor live
  owner ops
  role ops "运营"
  phase live "直播" kind burst days 2 { step show "开播" days 1..2 at 20:00 }
}`;
            const docs = await workspace(en, { 'main.playbook': text });
            try {
                const doc = docs['main.playbook'];
                const [playbook] = await en.lsp.DocumentSymbolProvider!.getSymbols(doc, { textDocument: { uri: doc.uri.toString() } });
                const live = playbook.children!.find(c => c.name === 'live')!;
                assert.equal(live.detail, '直播 · 2026-10-12 Mon – 2026-10-13 Tue · 2 days · 3 runs');
                assert.equal(live.children![0].detail, '开播 · 2026-10-12 Mon – 2026-10-13 Tue 20:00 · 3 runs');
                const runs = playbook.children![playbook.children!.length - 1];
                assert.equal(runs.name, '3 runs');
                assert.equal(doc.textDocument.getText(runs.selectionRange), 'weekly on mon from 2026-10-12 until 2026-10-26');
                assert.deepEqual(runs.children!.map(r => `${r.name} | ${r.detail}`), [
                    'Run 1 · D 2026-10-12 | 2026-10-12 Mon – 2026-10-13 Tue',
                    'Run 2 · D 2026-10-19 | 2026-10-19 Mon – 2026-10-20 Tue',
                    'Run 3 · D 2026-10-26 | 2026-10-26 Mon – 2026-10-27 Tue',
                ]);
                assert.ok(runs.children!.every(r => r.kind === SymbolKind.Event));
            } finally {
                await dispose(en, docs);
            }
        });

        it('work through expectSymbols, in Chinese', async () => {
            await expectSymbols(zh)({
                text: 'playbook p "t" {\n  start 2026-10-12\n  phase w "预热" days 2 { step a "发" day 2 }\n  budget 10 { line x "y" 100% }\n}',
                expectedSymbols: ['p'],
                disposeAfterCheck: true,
            });
            await expectSymbols(zh)({
                text: 'playbook p "t" {\n  start 2026-10-12\n  phase w "预热" days 2 { step a "发" day 2 }\n  budget 10 { line x "y" 100% }\n}',
                assert: symbols => {
                    const [w, budget] = symbols[0].children!;
                    assert.equal(w.detail, '预热 · 2026-10-12 周一 – 2026-10-13 周二 · 2 天');
                    assert.equal(w.children![0].detail, '发 · 2026-10-13 周二');
                    assert.equal(budget.name, '预算 10');
                },
                disposeAfterCheck: true,
            });
        });
    });

    describe('workspace symbols', () => {
        it('find the declarations of every file, with their kinds', async () => {
            const docs = await workspace(en, { 'common.playbook': LIB, 'main.playbook': MAIN });
            try {
                await expectWorkspaceSymbols(en.shared)({
                    query: 'gro',
                    assert: symbols => {
                        const found = symbols.map(s => `${s.name}:${s.kind}:${s.location.uri.split("/").pop()}`).sort();
                        assert.deepEqual(found, [`group:${SymbolKind.Interface}:common.playbook`, `grow:${SymbolKind.Constant}:main.playbook`]);
                    },
                });
                await expectWorkspaceSymbols(en.shared)({
                    query: 'remind_all',
                    assert: symbols => assert.deepEqual(symbols.map(s => [s.name, s.kind]), [['remind_all', SymbolKind.Function]]),
                });
            } finally {
                await dispose(en, docs);
            }
        });
    });

    describe('go to definition and references across an imported library', () => {
        it('go to the declaration in the library, and back from it to every use', async () => {
            const docs = await workspace(en, { 'common.playbook': LIB, 'main.playbook': MAIN });
            try {
                const main = docs['main.playbook'];
                const lib = docs['common.playbook'];
                const at = (text: string, needle: string, nth = 0) => {
                    let o = -1;
                    for (let i = 0; i <= nth; i++) o = text.indexOf(needle, o + 1);
                    return o;
                };
                // `on group` in the first step → `channel group` in common.playbook.
                const links = (await en.lsp.DefinitionProvider!.getDefinition(main, {
                    textDocument: { uri: main.uri.toString() },
                    position: main.textDocument.positionAt(at(MAIN, 'on group') + 4),
                })) as LocationLink[];
                assert.equal(links.length, 1);
                assert.equal(links[0].targetUri, lib.uri.toString());
                assert.equal(lib.textDocument.getText(links[0].targetSelectionRange), 'group');
                assert.deepEqual(links[0].targetSelectionRange.start, lib.textDocument.positionAt(at(LIB, 'group')));

                // References of the library's `group`: three uses in main.playbook, one in the library, plus the declaration.
                const refs = await en.lsp.ReferencesProvider!.findReferences(lib, {
                    textDocument: { uri: lib.uri.toString() },
                    position: lib.textDocument.positionAt(at(LIB, 'group') + 1),
                    context: { includeDeclaration: true },
                });
                const where = refs.map(r => `${r.uri.split('/').pop()}:${r.range.start.line}`).sort();
                assert.deepEqual(where, ['common.playbook:2', 'common.playbook:3', 'main.playbook:11', 'main.playbook:6', 'main.playbook:7']);
                // From a use in the playbook, the same set.
                const fromUse = await en.lsp.ReferencesProvider!.findReferences(main, {
                    textDocument: { uri: main.uri.toString() },
                    position: main.textDocument.positionAt(at(MAIN, 'on group') + 4),
                    context: { includeDeclaration: false },
                });
                assert.equal(fromUse.length, 4);
            } finally {
                await dispose(en, docs);
            }
        });

        it('work through expectGoToDefinition and expectFindReferences within a file', async () => {
            const text = 'playbook p "t" {\n  role <|ops|> "o"\n  owner o<|>ps\n  phase w "x" days 2 { owner <|ops|> step a "b" day 1 owner <|ops|> }\n}';
            await expectGoToDefinition(en)({ text, index: 0, rangeIndex: 0, disposeAfterCheck: true });
            await expectFindReferences(en)({
                text: 'playbook p "t" {\n  role <|o<|>ps|> "o"\n  owner <|ops|>\n  phase w "x" days 2 { owner <|ops|> step a "b" day 1 owner <|ops|> }\n}',
                includeDeclaration: true,
                disposeAfterCheck: true,
            });
        });
    });

    describe('folding', () => {
        it('folds braces, block strings and block comments of three lines or more', async () => {
            await expectFoldings(en)({
                text: [
                    '/* a block',
                    '   comment',
                    '*/',
                    'playbook p "t" {',
                    '  start 2026-10-12',
                    '  phase w "x" days 2 {',
                    '    step a "b" day 1 {',
                    '      note """',
                    '        line one',
                    '        line two',
                    '        """',
                    '    }',
                    '  }',
                    '  role r "one line" ',
                    '}',
                ].join('\n'),
                disposeAfterCheck: true,
                assert: foldings => {
                    // [first line, last line, kind]: the closing line of a brace or block string stays visible.
                    const got = foldings.map(f => [f.startLine, f.endLine, f.kind ?? '']).sort((a, b) => Number(a[0]) - Number(b[0]));
                    assert.deepEqual(got, [
                        [0, 1, FoldingRangeKind.Comment],
                        [3, 13, ''],
                        [5, 11, ''],
                        [6, 10, ''],
                        [7, 9, FoldingRangeKind.Region],
                    ]);
                },
            });
        });
    });
});
