package org.labjudge.node.api.jobe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Jobe's {@code numprocs} caps the processes a run may hold at once: forks past it fail (EAGAIN) and the
 * program goes on, as under Jobe's runguard ({@code RLIMIT_NPROC}); a program within it forks them all.
 */
@Tag("docker")
class JobeNumprocsTest {
    private static final int FORKS = 20;
    /**
     * Forks {@value #FORKS} children that stay alive until the parent has tried them all, then prints how many
     * forks succeeded and the error of the first that failed; kills and reaps the children; exits 0, stderr empty.
     * Jobe compiles C as {@code -std=c99}, which declares fork, kill and pause only when POSIX is asked for.
     */
    private static final String FORKER = "#define _POSIX_C_SOURCE 200809L\n"
            + "#include <errno.h>\n#include <signal.h>\n#include <stdio.h>\n#include <string.h>\n#include <sys/wait.h>\n#include <unistd.h>\n"
            + "int main(void) {\n"
            + "  pid_t kids[" + FORKS + "]; int made = 0; int err = 0;\n"
            + "  for (int i = 0; i < " + FORKS + "; i++) {\n"
            + "    pid_t pid = fork();\n"
            + "    if (pid == 0) { pause(); _exit(0); }\n"
            + "    if (pid < 0) { if (err == 0) err = errno; continue; }\n"
            + "    kids[made++] = pid;\n"
            + "  }\n"
            + "  for (int i = 0; i < made; i++) { kill(kids[i], SIGKILL); waitpid(kids[i], NULL, 0); }\n"
            + "  printf(\"%d %s\\n\", made, err == 0 ? \"none\" : err == EAGAIN ? \"EAGAIN\" : strerror(err));\n"
            + "  return 0;\n"
            + "}\n";

    @RegisterExtension
    static final JobeNode NODE = new JobeNode(1);

    private final JobeClient jobe = NODE.jobe();

    @Test
    void forksPastNumprocsFailAndTheProgramGoesOn() {
        JsonNode result = run(10);

        // As Jobe's RLIMIT_NPROC: numprocs counts the program's processes at once, its own included, so 10 leave
        // room for 9 children.
        assertThat(result.get("outcome").asInt()).as("%s", result).isEqualTo(15);
        assertThat(result.get("stdout").asText()).isEqualTo("9 EAGAIN\n");
        assertThat(result.get("stderr").asText()).isEmpty();
    }

    @Test
    void aProgramWithinNumprocsForksThemAll() {
        JsonNode result = run(FORKS + 10);

        assertThat(result.get("outcome").asInt()).as("%s", result).isEqualTo(15);
        assertThat(result.get("stdout").asText()).isEqualTo(FORKS + " none\n");
    }

    private JsonNode run(int numprocs) {
        ObjectNode spec = jobe.spec("c", FORKER);
        spec.putObject("parameters").put("numprocs", numprocs);
        return jobe.run(spec);
    }
}
