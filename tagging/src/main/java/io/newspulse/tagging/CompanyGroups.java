package io.newspulse.tagging;

import io.newspulse.tagging.match.Mention;
import java.util.Arrays;
import java.util.List;

/**
 * The mentions of an article grouped by company: groups in order of each company's first mention, members
 * (indexes into the mention list) in mention order. Built with a small open-addressing table instead of boxed
 * maps, as it runs once per tagged article.
 */
final class CompanyGroups {
    private final int[][] members;
    private final int count;

    private CompanyGroups(int[][] members, int count) {
        this.members = members;
        this.count = count;
    }

    static CompanyGroups of(List<Mention> mentions) {
        int n = mentions.size();
        int capacity = Integer.highestOneBit(Math.max(4, n * 2 - 1)) << 1;
        int[] keys = new int[capacity];
        int[] slotGroup = new int[capacity];
        Arrays.fill(keys, -1);
        int[] groupOf = new int[n];
        int[] sizes = new int[n];
        int groups = 0;
        for (int i = 0; i < n; i++) {
            int company = mentions.get(i).company();
            int slot = (company * 0x9E3779B1 >>> 16) & (capacity - 1);
            while (keys[slot] != -1 && keys[slot] != company) {
                slot = (slot + 1) & (capacity - 1);
            }
            if (keys[slot] == -1) {
                keys[slot] = company;
                slotGroup[slot] = groups++;
            }
            int g = slotGroup[slot];
            groupOf[i] = g;
            sizes[g]++;
        }
        int[][] members = new int[groups][];
        for (int g = 0; g < groups; g++) {
            members[g] = new int[sizes[g]];
            sizes[g] = 0;
        }
        for (int i = 0; i < n; i++) {
            int g = groupOf[i];
            members[g][sizes[g]++] = i;
        }
        return new CompanyGroups(members, groups);
    }

    int count() {
        return count;
    }

    /** Indexes of the mentions of group {@code g}, in mention order. */
    int[] members(int g) {
        return members[g];
    }
}
