/**
 * Formula injection through line breaks (issue 11 §1): every string of a playbook carries a line
 * break followed by a formula, and the calendar and tracking csv are read back the way
 * spreadsheets read them — any bare LF or CR outside quotes ends a row — so a cell that is not
 * quoted would start a row with an unescaped formula.
 */
import { strict as assert } from 'node:assert';
import { generateCalendar, generateTracking } from '../../language/generators/index.js';
import { modelFromText } from '../generators/helpers.js';

/** A csv reader as spreadsheets behave: `"` quotes, and outside quotes every line break ends a row. */
export function spreadsheetRows(text: string, breaks: RegExp = /[\r\n]/): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let cell = '';
    let quoted = false;
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const endRow = () => { row.push(cell); rows.push(row); row = []; cell = ''; };
    for (; i < text.length; i++) {
        const c = text[i];
        if (quoted) {
            if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
            else if (c === '"') quoted = false;
            else cell += c;
        } else if (c === '"' && cell === '') quoted = true;
        else if (c === ',') { row.push(cell); cell = ''; }
        else if (breaks.test(c)) {
            if (c === '\r' && text[i + 1] === '\n') i++;
            endRow();
        } else cell += c;
    }
    if (cell !== '' || row.length) endRow();
    return rows;
}

/** The first characters that make a spreadsheet evaluate a cell (the csv escapes them with `'`). */
const FORMULA = /^[=+\-@\t\r＝＋－＠]/;

/** Line breaks a string can hold: escapes the lexer converts, and raw characters a STRING may hold. */
const BREAKS = ['\\n', '\\r', '\\r\\n', '\\v', '\\f', '\u2028', '\u2029', '\u0085', '\u001e'];

function hostile(i: number): string {
    const payloads = [`=cmd|' /C calc'!A0`, '@SUM(1+1)*cmd', '+1+1', '-2+3', '＝1+1'];
    return `x${BREAKS[i % BREAKS.length]}${payloads[i % payloads.length]}`;
}

function playbookText(): string {
    let n = 0;
    const s = () => hostile(n++);
    return `import "./shared.playbook"
playbook inj "${s()}" {
  start 2026-03-02
  owner lead
  role r1 "${s()}" person "${s()}"
  asset a1 "${s()}" kind main_visual { ready warm day 1 }
  track t1 "${s()}" {
    event "t1"
    on fans
    property p1 string required "${s()}"
    property p2 enum("${s()}", "b") "${s()}"
  }
  kpi k1 "${s()}" = count t1
  phase warm "${s()}" days 3 {
    step s1 "${s()}" day 1 at 10:00 on fans owner r1 uses a1 note "${s()}"
    step s2 "${s()}" days 1..2 on fans note """
      line one
      =HYPERLINK("http://x", "y")
      @SUM(1)
    """
    milestone m1 "${s()}" day 3
  }
}
`;
}

describe('robustness: csv formula injection through line breaks', () => {
    for (const kind of ['calendar', 'tracking'] as const) {
        it(`${kind} csv: no row a spreadsheet reads starts with a formula, and each row has the header's width`, async () => {
            const model = await modelFromText(playbookText());
            const bytes = kind === 'calendar'
                ? await generateCalendar(model, 'csv', { locale: 'en' })
                : await generateTracking(model, 'csv', { locale: 'en' });
            const text = Buffer.from(bytes).toString('utf8');
            assert.ok(/[\r\n\v\f\x1c-\x1e\x85\u2028\u2029][=+\-@＝]/.test(text), `the payloads reach the csv: ${JSON.stringify(text)}`);
            for (const breaks of [/[\r\n]/, /[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]/]) {
                const rows = spreadsheetRows(text, breaks);
                assert.ok(rows.length > 2, `${rows.length} rows`);
                for (const row of rows) {
                    assert.equal(row.length, rows[0].length, `a row split by a line break: ${JSON.stringify(row)}`);
                    for (const cell of row) assert.ok(!FORMULA.test(cell), `formula cell ${JSON.stringify(cell)}`);
                }
            }
        });
    }

    it('the reader itself: a bare CR or LF outside quotes ends a row (so the check above can fail)', () => {
        assert.deepEqual(spreadsheetRows('a,b\r=1+1,c\r\n"x\ny",z\n'), [['a', 'b'], ['=1+1', 'c'], ['x\ny', 'z']]);
    });
});
