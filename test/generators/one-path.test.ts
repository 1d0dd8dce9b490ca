/**
 * The CLI (`playbook calendar|tracking -o`) and the language server (`playbook.server.generate`)
 * generate through one module (language/generators/generate.ts): for the same playbook, locale and
 * SOURCE_DATE_EPOCH they write the same bytes in every format, and refuse the same inputs.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CALENDAR_FORMATS, TRACKING_FORMATS } from '../../language/generators/formats.js';
import { outputFileName, parseSourceDateEpoch } from '../../language/generators/generate.js';
import { runCli } from '../helpers/cli.js';
import { LspSession } from '../helpers/lsp-client.js';

const LIB = `library team {
  role ops "运营"
  channel group "社群" kind wechat_group
  track join "进群" { on group property phone string pii property city string }
}
`;

const PLAYBOOK = `import "./team.playbook"

playbook spring "春季活动, \\"上新\\"" {
  start 2026-03-02
  timezone "Asia/Shanghai"
  owner ops
  consent "手机号仅用于发券"
  asset poster "海报" kind poster { ready warmup day 2 text "=1+1 开抢" }
  phase warmup "预热" kind warmup days 7 {
    step hello "欢迎" day 1 at 10:00 on group note "第一行\\n第二行"
    milestone ready "就绪" day 7
  }
  phase burst "爆发" kind burst days 3 {
    step sale "开抢" days 1..2 at 23:30 for 1h on group uses poster remind 30m
  }
  phase review "复盘" kind review days 2
  kpi joins "进群数" = count join target 100
  kpi cities "城市数" = unique join target 10
  risk low "流量不足" kind traffic { when joins < 30% by burst day 1 then "加投" }
  risk down "故障" kind outage { then "切换" }
  risk angry "投诉" kind complaint { then "致歉" }
  risk rumor "舆情" kind pr_crisis { then "澄清" }
}
`;

describe('one generation path for the CLI and the server', function () {
    this.timeout(180_000);
    let dir: string;
    let s: LspSession;
    const env = { ...process.env, SOURCE_DATE_EPOCH: '1767225600' };

    before(async () => {
        dir = mkdtempSync(join(tmpdir(), 'playbook-one-path-'));
        writeFileSync(join(dir, 'team.playbook'), LIB);
        writeFileSync(join(dir, 'spring.playbook'), PLAYBOOK);
        writeFileSync(join(dir, 'broken-lib.playbook'), LIB.replace('role ops "运营"', 'role ops "运营"\n  role ops "重复"'));
        writeFileSync(join(dir, 'blocked.playbook'), PLAYBOOK.replace('./team.playbook', './broken-lib.playbook').replace('playbook spring', 'playbook blocked'));
        mkdirSync(join(dir, 'cli'));
        s = await LspSession.start({ workspace: dir, locale: 'zh-CN', env });
    });

    after(async () => {
        await s?.stop();
        rmSync(dir, { recursive: true, force: true });
    });

    async function serverGenerate(file: string, kind: string, format: string): Promise<{ ok: boolean; path?: string; message?: string }> {
        const uri = pathToFileURL(join(dir, file)).href;
        const text = readFileSync(join(dir, file), 'utf8');
        s.open(uri, text);
        await s.waitForDiagnostics(uri);
        return s.request('workspace/executeCommand', { command: 'playbook.server.generate', arguments: [{ uri, kind, format, outputDirectory: 'server' }] });
    }

    for (const [kind, formats] of [['calendar', CALENDAR_FORMATS], ['tracking', TRACKING_FORMATS]] as const) {
        for (const format of formats) {
            it(`writes the same ${kind} ${format} bytes`, async () => {
                const answer = await serverGenerate('spring.playbook', kind, format);
                assert.equal(answer.ok, true, answer.message);
                const name = outputFileName('spring.playbook', kind, format);
                assert.equal(answer.path, join(dir, 'server', name));
                const cli = runCli([kind, 'spring.playbook', '--format', format, '--locale', 'zh-CN', '-o', join('cli', name)], { cwd: dir, env });
                assert.equal(cli.status, 0, cli.stderr);
                const a = readFileSync(join(dir, 'server', name));
                const b = readFileSync(join(dir, 'cli', name));
                assert.ok(a.length > 100, `${name}: ${a.length} bytes`);
                assert.ok(a.equals(b), `${name}: the server wrote ${a.length} bytes, the CLI ${b.length}, and they differ`);
            });
        }
    }

    it('both refuse a playbook whose imported library has errors', async () => {
        const answer = await serverGenerate('blocked.playbook', 'calendar', 'json');
        assert.equal(answer.ok, false);
        assert.match(answer.message ?? '', /broken-lib\.playbook:3:.*duplicate-name/);
        const cli = runCli(['calendar', 'blocked.playbook', '--format', 'json', '--locale', 'zh-CN'], { cwd: dir, env });
        assert.equal(cli.status, 1);
        assert.match(cli.stderr, /broken-lib\.playbook:3:.*duplicate-name/);
    });
});

describe('SOURCE_DATE_EPOCH', () => {
    it('is whole seconds, unset when blank, invalid otherwise (for the CLI and the server alike)', () => {
        assert.equal(parseSourceDateEpoch(undefined), undefined);
        assert.equal(parseSourceDateEpoch('  '), undefined);
        assert.equal(parseSourceDateEpoch(' 1767225600\n'), 1767225600);
        for (const bad of ['-1', '1.5', '1e9', 'now', '1234567890123456']) assert.equal(parseSourceDateEpoch(bad), 'invalid', bad);
    });
});
