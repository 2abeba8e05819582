package io.newspulse.producer.text;

/** File signatures ("magic numbers") of common binary formats that are sometimes misnamed {@code .txt}. */
enum BinarySignature {
    PNG("PNG image", new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("JPEG image", new int[] {0xFF, 0xD8, 0xFF}),
    GIF("GIF image", new int[] {'G', 'I', 'F', '8'}),
    PDF("PDF document", new int[] {'%', 'P', 'D', 'F', '-'}),
    ZIP("ZIP archive", new int[] {'P', 'K', 0x03, 0x04}),
    GZIP("gzip data", new int[] {0x1F, 0x8B}),
    ELF("ELF executable", new int[] {0x7F, 'E', 'L', 'F'});

    private final String description;
    private final int[] magic;

    BinarySignature(String description, int[] magic) {
        this.description = description;
        this.magic = magic;
    }

    /** The description of the format {@code bytes} start with, or null. */
    static String of(byte[] bytes) {
        for (BinarySignature s : values()) {
            if (s.matches(bytes)) {
                return s.description;
            }
        }
        return null;
    }

    private boolean matches(byte[] bytes) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
