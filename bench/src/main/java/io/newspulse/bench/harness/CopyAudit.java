package io.newspulse.bench.harness;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/** Counts the records of the pass-through copy topic by key: distinct keys seen, and copies beyond the first. */
public final class CopyAudit extends AuditConsumer {
    private final Set<String> keys = new HashSet<>();
    private long records;
    private volatile long lastNewNanos;

    public CopyAudit(String bootstrap, String topic) {
        super(bootstrap, List.of(topic), "copy");
    }

    @Override
    protected synchronized void onRecords(ConsumerRecords<byte[], byte[]> batch, long nowMs) {
        for (ConsumerRecord<byte[], byte[]> r : batch) {
            records++;
            if (keys.add(new String(r.key(), StandardCharsets.UTF_8))) {
                lastNewNanos = System.nanoTime();
                progressed();
            }
        }
    }

    public synchronized int distinct() {
        return keys.size();
    }

    /** Records beyond the first of each key. */
    public synchronized long duplicated() {
        return records - keys.size();
    }

    /** {@link System#nanoTime()} when the last new key arrived. */
    public long lastNewNanos() {
        return lastNewNanos;
    }
}
