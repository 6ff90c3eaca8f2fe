package org.labjudge.node.testing;

/** Hostile programs that both the hostile suite and the soak run, written once. */
public final class HostilePrograms {
    /** Python: writes 1 MB files into its work dir until a write fails (the hostile suite's disk fill). */
    public static final String FILL_THE_WORK_DIR = """
            chunk = b'f' * (1 << 20)
            i = 0
            while True:
                with open(f'f{i}', 'wb') as f:
                    f.write(chunk)
                i += 1
            """;

    private HostilePrograms() {
    }
}
