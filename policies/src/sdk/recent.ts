// The last few key → value pairs, keys compared by identity. A WeakMap would do the same for every
// key ever seen, but each entry costs the garbage collector work on every cycle, which on a
// 100,000-resource AnalyzeStack cost more than remembering saved (docs/benchmarks.md). The SDK runs
// the policies of one Analyze request one after another, so what a policy remembers is asked for
// again within a few calls; a few slots per request in flight (the engine sends 16 at once) suffice.

export class Recent<K extends object, V> {
    private readonly keys: (K | undefined)[];
    private readonly values: (V | undefined)[];
    private next = 0;

    constructor(readonly size: number) {
        this.keys = new Array<K | undefined>(size).fill(undefined);
        this.values = new Array<V | undefined>(size).fill(undefined);
    }

    /** The value remembered for `key`; undefined when it has been forgotten. */
    get(key: K): V | undefined {
        const i = this.keys.indexOf(key);
        return i < 0 ? undefined : this.values[i];
    }

    /** Remembers `value` for `key`, forgetting the oldest pair (a key set twice is found at its older slot). */
    set(key: K, value: V): void {
        this.keys[this.next] = key;
        this.values[this.next] = value;
        this.next = this.next + 1 === this.size ? 0 : this.next + 1;
    }
}
