package io.newspulse.dedup.index;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PostingTableTest {

    private static List<String> itemsOf(PostingTable<String> table, long key) {
        List<String> items = new ArrayList<>();
        for (int p = table.first(key); p >= 0; p = table.next(p)) {
            items.add(table.item(p));
        }
        return items;
    }

    @Test
    void shouldKeepItemsPerKeyOldestFirst() {
        PostingTable<String> table = new PostingTable<>(8);
        table.add(7, "a");
        table.add(Long.MIN_VALUE | 7, "x");
        table.add(7, "b");
        assertThat(itemsOf(table, 7)).containsExactly("a", "b");
        assertThat(itemsOf(table, Long.MIN_VALUE | 7)).containsExactly("x");
        assertThat(itemsOf(table, 8)).isEmpty();
        assertThat(table.keyCount()).isEqualTo(2);
        assertThat(table.size()).isEqualTo(3);
    }

    @Test
    void shouldDropTheOldestItemOfAKeyBeyondTheBound() {
        PostingTable<String> table = new PostingTable<>(2);
        table.add(1, "a");
        table.add(1, "b");
        table.add(1, "c");
        assertThat(itemsOf(table, 1)).containsExactly("b", "c");
        assertThat(table.size()).isEqualTo(2);
    }

    @Test
    void shouldKeepEverythingWhileGrowing() {
        PostingTable<String> table = new PostingTable<>(4);
        for (long k = 1; k <= 50_000; k++) {
            table.add(k * 0x10001L, "v" + k);
            table.add(k * 0x10001L, "w" + k);
        }
        assertThat(table.keyCount()).isEqualTo(50_000);
        assertThat(table.size()).isEqualTo(100_000);
        assertThat(itemsOf(table, 12_345 * 0x10001L)).containsExactly("v12345", "w12345");
    }

    @Test
    void shouldRemoveRejectedItemsAndEmptiedKeysOnRetain() {
        PostingTable<String> table = new PostingTable<>(4);
        table.add(1, "old1");
        table.add(1, "new1");
        table.add(2, "old2");
        table.retain(s -> s.startsWith("new"));
        assertThat(itemsOf(table, 1)).containsExactly("new1");
        assertThat(itemsOf(table, 2)).isEmpty();
        assertThat(table.keyCount()).isEqualTo(1);
        assertThat(table.size()).isEqualTo(1);
        table.add(2, "again");
        table.add(1, "newer1");
        assertThat(itemsOf(table, 1)).containsExactly("new1", "newer1");
        assertThat(itemsOf(table, 2)).containsExactly("again");
    }
}
