/**
 * Mainland China's statutory holidays and 调休 working days, read from the `chinese-days` package
 * (MIT; the official 国务院办公厅 schedules, 2004 onwards, updated by its maintainers within days of
 * each year's notice). This file only adapts the package's table: no date is typed in here, so
 * updating the package updates the data (and `playbook --version`), without a code change.
 *
 * The package's table maps `YYYY-MM-DD` to `"<English name>,<Chinese name>,<days>"` in three
 * groups: `holidays` (days off), `workdays` (调休 working weekends) and `inLieuDays` (days off
 * given in exchange; a subset of `holidays`, not needed here).
 */
import table from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import packageJson from 'chinese-days/package.json' with { type: 'json' };

/** What the data says about one date. */
export interface HolidayFact {
    /** `holiday`: a statutory day off; `workday`: a weekend day that is a working day (调休上班). */
    readonly kind: 'holiday' | 'workday';
    /** The holiday's Chinese name (`国庆节`); for a workday, the holiday it makes up for. */
    readonly name: string;
    readonly nameEn?: string;
}

/** A source of holiday facts with the years it covers. */
export interface HolidayData {
    /** Package name and version the facts come from. */
    readonly source: string;
    readonly version: string;
    /** Years the data covers (a year with at least one holiday), ascending. */
    readonly years: readonly number[];
    covers(year: number): boolean;
    fact(date: string): HolidayFact | undefined;
}

type Table = Readonly<Record<string, Readonly<Record<string, string>>>>;

const VALUE_RE = /^(.*),([^,]*),(\d+)$/;

/** Adapts a `chinese-days` table; exported for the test of malformed entries. */
export function adaptTable(raw: Table, source: string, version: string): HolidayData {
    let facts: Map<string, HolidayFact> | undefined;
    let years: number[] | undefined;
    let yearSet: Set<number> | undefined;
    const load = (): Map<string, HolidayFact> => {
        if (facts) return facts;
        facts = new Map();
        yearSet = new Set<number>();
        const add = (group: Readonly<Record<string, string>> | undefined, kind: HolidayFact['kind']) => {
            if (!group || typeof group !== 'object') return;
            for (const [date, value] of Object.entries(group)) {
                if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || typeof value !== 'string') continue;
                const m = VALUE_RE.exec(value);
                const name = (m ? m[2] : value).trim() || (m?.[1] ?? '').trim();
                facts!.set(date, { kind, name, nameEn: m?.[1]?.trim() || undefined });
                if (kind === 'holiday') yearSet!.add(Number(date.slice(0, 4)));
            }
        };
        add(raw.holidays, 'holiday');
        add(raw.workdays, 'workday');
        years = [...yearSet].sort((a, b) => a - b);
        return facts;
    };
    return {
        source,
        version,
        get years() {
            load();
            return years!;
        },
        covers(year) {
            load();
            return yearSet!.has(year);
        },
        fact(date) {
            return load().get(date);
        },
    };
}

/** The mainland China data shipped with this version (`holidays cn`). */
export const CN_HOLIDAY_DATA: HolidayData = adaptTable(table as unknown as Table, packageJson.name, packageJson.version);

/** `2004–2026` (or one year, or nothing). */
export function yearsText(data: HolidayData): string {
    const ys = data.years;
    if (ys.length === 0) return '';
    return ys.length === 1 ? String(ys[0]) : `${ys[0]}–${ys[ys.length - 1]}`;
}
