package io.newspulse.tagging.match;

import io.newspulse.avro.Company;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An {@link AliasDictionary} as bytes and back (issue 23: a tagger of the built-in knowledge base compiled at build
 * time, loaded at start-up instead of built): its patterns, targets and per-pattern flags and the arrays of its
 * {@link PatternMatcher}, all in a fixed order, big-endian. The companies are not written: the reader is given them,
 * in the dictionary's order. Reading copies arrays in bulk and runs none of the build's rules, so a read dictionary
 * is the one that was written only for the same code: the caller checks that ({@code TaggerImage}).
 */
public final class DictionaryImage {
    private DictionaryImage() {
    }

    /** Writes {@code dictionary} (without its companies). */
    public static void write(AliasDictionary dictionary, DataOutputStream out) throws IOException {
        dictionary.writeTo(new Out(out));
    }

    /** The dictionary {@link #write} wrote, over {@code companies} (the written one's, in its order). */
    public static AliasDictionary read(ByteBuffer in, List<Company> companies) {
        return AliasDictionary.readFrom(new In(in), companies);
    }

    /** Writes values in the order {@link In} reads them. */
    static final class Out {
        private final DataOutputStream out;

        private Out(DataOutputStream out) {
            this.out = out;
        }

        void integer(int v) throws IOException {
            out.writeInt(v);
        }

        void longValue(long v) throws IOException {
            out.writeLong(v);
        }

        void ints(int[] values) throws IOException {
            out.writeInt(values.length);
            for (int v : values) {
                out.writeInt(v);
            }
        }

        void longs(long[] values) throws IOException {
            out.writeInt(values.length);
            for (long v : values) {
                out.writeLong(v);
            }
        }

        void chars(char[] values) throws IOException {
            out.writeInt(values.length);
            for (char v : values) {
                out.writeChar(v);
            }
        }

        void booleans(boolean[] values) throws IOException {
            out.writeInt(values.length);
            for (boolean v : values) {
                out.writeByte(v ? 1 : 0);
            }
        }

        void string(String s) throws IOException {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    /** Reads what {@link Out} wrote, arrays in bulk. */
    static final class In {
        private final ByteBuffer in;

        private In(ByteBuffer in) {
            this.in = in;
        }

        int integer() {
            return in.getInt();
        }

        long longValue() {
            return in.getLong();
        }

        int[] ints() {
            int[] values = new int[in.getInt()];
            in.asIntBuffer().get(values);
            in.position(in.position() + 4 * values.length);
            return values;
        }

        long[] longs() {
            long[] values = new long[in.getInt()];
            in.asLongBuffer().get(values);
            in.position(in.position() + 8 * values.length);
            return values;
        }

        char[] chars() {
            char[] values = new char[in.getInt()];
            in.asCharBuffer().get(values);
            in.position(in.position() + 2 * values.length);
            return values;
        }

        boolean[] booleans() {
            boolean[] values = new boolean[in.getInt()];
            for (int k = 0; k < values.length; k++) {
                values[k] = in.get() != 0;
            }
            return values;
        }

        String string() {
            int length = in.getInt();
            String s = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
            in.position(in.position() + length);
            return s;
        }
    }
}
