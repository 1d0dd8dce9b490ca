/** A small seeded PRNG (mulberry32), so benchmark inputs and fuzz failures reproduce from a seed. */
export class Prng {
    private state: number;

    constructor(readonly seed: number) {
        this.state = seed >>> 0;
    }

    /** A float in [0, 1). */
    next(): number {
        let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }

    /** An integer in [min, max]. */
    int(min: number, max: number): number {
        return min + Math.floor(this.next() * (max - min + 1));
    }

    pick<T>(list: readonly T[]): T {
        return list[Math.floor(this.next() * list.length)];
    }

    chance(p: number): boolean {
        return this.next() < p;
    }
}

/** A seed from the environment (PLAYBOOK_FUZZ_SEED) or the clock. */
export function seedFromEnv(env: NodeJS.ProcessEnv = process.env): number {
    const given = env.PLAYBOOK_FUZZ_SEED;
    if (given && /^\d+$/.test(given)) return Number(given) >>> 0;
    return (Date.now() ^ (process.pid << 8)) >>> 0;
}
