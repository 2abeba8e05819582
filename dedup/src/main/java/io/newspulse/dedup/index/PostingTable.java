package io.newspulse.dedup.index;

import java.util.function.Predicate;

/**
 * A multimap from non-zero {@code long} keys to bounded first-in-first-out lists of items, in flat arrays: an
 * open-addressing key table whose slots point into a pool of linked postings (a slot's head, tail and size sit
 * next to each other, so an insert touches two cache lines of the table rather than four). Adding past the bound drops the
 * key's oldest item. Iterate a key's items oldest first with {@link #first}, {@link #next} and {@link #item}.
 * Used by the offline {@link DedupIndex} and by the stream's per-partition index. Not thread-safe.
 *
 * @param <T> item type
 */
public final class PostingTable<T> {
    private static final int NONE = -1;

    private final int maxPerKey;
    private long[] keys;
    /** Per slot: head posting, tail posting, size. */
    private int[] lists;
    private int keyCount;
    private Object[] items;
    private int[] nexts;
    private int used;
    private int free = NONE;
    private long postings;

    public PostingTable(int maxPerKey) {
        this.maxPerKey = maxPerKey;
        allocateKeys(1024);
        items = new Object[4096];
        nexts = new int[4096];
    }

    private void allocateKeys(int capacity) {
        keys = new long[capacity];
        lists = new int[3 * capacity];
    }

    /** Appends {@code item} to the list of {@code key} (non-zero), dropping the oldest beyond the bound. */
    public void add(long key, T item) {
        if ((keyCount + 1) * 4 > keys.length * 3L) { // load factor at most 3/4: the key table is most of the memory
            rehash(keys.length * 2);
        }
        int slot = slotOf(key);
        int at = 3 * slot;
        int p = allocatePosting(item);
        if (keys[slot] == 0) {
            keys[slot] = key;
            lists[at] = p;
            lists[at + 2] = 0;
            keyCount++;
        } else {
            nexts[lists[at + 1]] = p;
        }
        lists[at + 1] = p;
        postings++;
        if (++lists[at + 2] > maxPerKey) {
            int oldest = lists[at];
            lists[at] = nexts[oldest];
            release(oldest);
            lists[at + 2]--;
            postings--;
        }
    }

    /** The oldest posting of {@code key}, or a negative value when the key holds nothing. */
    public int first(long key) {
        int slot = slotOf(key);
        return keys[slot] == 0 ? NONE : lists[3 * slot];
    }

    /** The posting after {@code posting} under the same key, or a negative value. */
    public int next(int posting) {
        return nexts[posting];
    }

    /** The item of a posting. */
    @SuppressWarnings("unchecked")
    public T item(int posting) {
        return (T) items[posting];
    }

    /** Keeps only the items that pass {@code keep}; keys left empty are removed. */
    public void retain(Predicate<? super T> keep) {
        long[] oldKeys = keys;
        int[] oldLists = lists;
        allocateKeys(oldKeys.length);
        keyCount = 0;
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldKeys[s] == 0) {
                continue;
            }
            int head = NONE;
            int tail = NONE;
            int size = 0;
            for (int p = oldLists[3 * s], after; p != NONE; p = after) {
                after = nexts[p];
                if (keep.test(item(p))) {
                    if (tail == NONE) {
                        head = p;
                    } else {
                        nexts[tail] = p;
                    }
                    tail = p;
                    nexts[p] = NONE;
                    size++;
                } else {
                    release(p);
                    postings--;
                }
            }
            if (size > 0) {
                int slot = slotOf(oldKeys[s]);
                keys[slot] = oldKeys[s];
                lists[3 * slot] = head;
                lists[3 * slot + 1] = tail;
                lists[3 * slot + 2] = size;
                keyCount++;
            }
        }
    }

    /**
     * Keeps only the items whose time is at least {@code oldestKept} (the sweep of a time-bounded index) and
     * returns the oldest time among those kept, {@link Long#MAX_VALUE} when none is left.
     */
    public long retainSince(java.util.function.ToLongFunction<? super T> time, long oldestKept) {
        long[] oldest = {Long.MAX_VALUE};
        retain(item -> {
            long t = time.applyAsLong(item);
            if (t < oldestKept) {
                return false;
            }
            oldest[0] = Math.min(oldest[0], t);
            return true;
        });
        return oldest[0];
    }

    /** Number of keys holding at least one item. */
    public int keyCount() {
        return keyCount;
    }

    /** Number of (key, item) pairs held. */
    public long size() {
        return postings;
    }

    private int slotOf(long key) {
        int mask = keys.length - 1;
        long h = key * 0x9e3779b97f4a7c15L;
        int slot = (int) (h >>> 32) & mask;
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void rehash(int capacity) {
        long[] oldKeys = keys;
        int[] oldLists = lists;
        allocateKeys(capacity);
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldKeys[s] != 0) {
                int slot = slotOf(oldKeys[s]);
                keys[slot] = oldKeys[s];
                System.arraycopy(oldLists, 3 * s, lists, 3 * slot, 3);
            }
        }
    }

    private int allocatePosting(T item) {
        int p;
        if (free != NONE) {
            p = free;
            free = nexts[p];
        } else {
            if (used == items.length) {
                items = java.util.Arrays.copyOf(items, used * 2);
                nexts = java.util.Arrays.copyOf(nexts, used * 2);
            }
            p = used++;
        }
        items[p] = item;
        nexts[p] = NONE;
        return p;
    }

    private void release(int p) {
        items[p] = null;
        nexts[p] = free;
        free = p;
    }
}
