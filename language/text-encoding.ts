/**
 * Which encoding a file that is not UTF-8 is in, named for the message that asks for UTF-8: the
 * actuals CSV of `playbook review`, and the playbooks the CLI reads (a planner's editor on a Chinese
 * system may save GBK; decoded as UTF-8 its Chinese text would silently turn into U+FFFD).
 */

/** What detectEncoding says of bytes that are neither UTF-8, UTF-16 nor GB18030 (binary, another code page): messages say "not UTF-8 text". */
export const UNKNOWN_ENCODING = 'unknown';

/** The name of the encoding of a sample that is not UTF-8 (`UNKNOWN_ENCODING` when it is none it recognises), or undefined when it is UTF-8. */
export function detectEncoding(sample: Uint8Array): string | undefined {
    if (sample.length >= 2 && ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff))) return 'UTF-16';
    // UTF-16 without a byte-order mark: ASCII text with every other byte 0.
    let zeros = 0;
    for (let i = 0; i < Math.min(sample.length, 512); i++) if (sample[i] === 0) zeros++;
    if (zeros > 0 && zeros * 4 >= Math.min(sample.length, 512)) return 'UTF-16';
    // A sample may end inside a UTF-8 sequence: drop up to three trailing bytes of one.
    let end = sample.length;
    for (let k = 1; k <= 3 && end - k >= 0; k++) {
        const b = sample[end - k];
        if ((b & 0xc0) === 0xc0) { end -= k; break; }
        if ((b & 0x80) === 0) break;
    }
    try {
        new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, end));
        return undefined;
    } catch {
        try {
            new TextDecoder('gb18030', { fatal: true }).decode(sample.subarray(0, end));
            return 'GBK (GB18030)';
        } catch {
            return UNKNOWN_ENCODING;
        }
    }
}
