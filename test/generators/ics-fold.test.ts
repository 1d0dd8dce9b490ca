/**
 * The ics generator folds its events' lines itself (calendar-ics.ts `foldLines`, for speed); the
 * result must be what ical-generator's own `foldLines` gives: compared on random lines of ASCII,
 * 2- and 3-octet characters, surrogate pairs and lone surrogates, around the 74-octet limit.
 */
import { strict as assert } from 'node:assert';
import { foldLines as libraryFold } from 'ical-generator';
import { foldLines } from '../../language/generators/calendar-ics.js';
import { Prng } from '../helpers/prng.js';

const PIECES = ['a', 'Z', ' ', ';', ':', 'é', 'ß', '中', '文', '·', '😀', '\uD83D', '\uDE00', '\t'];

function randomLine(rng: Prng): string {
    const length = rng.pick([0, 1, 24, 25, 37, 73, 74, 75, 76, 150, 300]);
    let line = '';
    while (line.length < length) line += rng.pick(PIECES);
    return line;
}

describe('ics line folding', () => {
    it('equals ical-generator\'s foldLines on 5,000 random texts', () => {
        const rng = new Prng(20261204);
        for (let i = 0; i < 5000; i++) {
            const text = Array.from({ length: rng.int(1, 4) }, () => randomLine(rng)).join('\r\n') + (rng.chance(0.5) ? '\r\n' : '');
            assert.equal(foldLines(text), libraryFold(text), JSON.stringify(text));
        }
    });

    it('keeps each content line within 75 octets and unfolds to the input', () => {
        const text = `DESCRIPTION:${'渠道：企微社群、朋友圈 😀 '.repeat(20)}\r\nSUMMARY:${'x'.repeat(200)}`;
        const folded = foldLines(text);
        for (const line of folded.split('\r\n')) assert.ok(Buffer.byteLength(line, 'utf8') <= 75, line);
        assert.equal(folded.replace(/\r\n /g, ''), text);
    });
});
