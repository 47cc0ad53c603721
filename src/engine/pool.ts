// Runs async work over a list with a bounded number in flight, keeping results in input order.

/**
 * Maps `items` through `fn` with at most `limit` calls pending at once. The first rejection stops
 * new work from starting and is rethrown once the calls in flight have settled.
 */
export async function mapBounded<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
    const results = new Array<R>(items.length);
    let next = 0;
    let failure: { error: unknown } | undefined;
    const worker = async (): Promise<void> => {
        while (!failure && next < items.length) {
            const i = next++;
            try {
                results[i] = await fn(items[i], i);
            } catch (error) {
                failure ??= { error };
            }
        }
    };
    const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, () => worker());
    await Promise.all(workers);
    if (failure) {
        throw failure.error;
    }
    return results;
}
