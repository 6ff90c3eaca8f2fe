package org.labjudge.node.api.jobe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * CodeRunner's Python questions may lint the student's answer before running it: the question's program writes
 * the answer to a file in the working folder and runs {@code pylint} on it, under Jobe's huge {@code memorylimit}.
 * On a node that program runs in the sandbox (uid 10001, read-only root, {@code /box} writable), and pylint reads
 * the image's {@code /etc/pylintrc} (no reports, no score), so a clean answer prints nothing.
 */
@Tag("docker")
class JobePylintTest {
    /** Writes ANSWER to answer.py, lints it with a HOME of its own, prints pylint's messages or "clean". */
    private static final String LINTER = """
            import os, subprocess
            with open('answer.py', 'w') as f:
                f.write(ANSWER)
            os.makedirs('home', exist_ok=True)
            env = dict(os.environ, HOME=os.path.abspath('home'))
            done = subprocess.run(['pylint', 'answer.py'], capture_output=True, text=True, env=env)
            messages = [line for line in (done.stdout + done.stderr).splitlines()
                        if line.strip() and not line.startswith('Using config file')]
            print('\\n'.join(messages) if messages else 'clean')
            """;

    @RegisterExtension
    static final JobeNode NODE = new JobeNode(2);

    private final JobeClient jobe = NODE.jobe();

    @Test
    void aCleanAnswerLintsWithoutAMessageInTheSandbox() {
        JsonNode result = lint("\"\"\"A module with its docstring.\"\"\"\nVALUE = 20\nprint(VALUE)\n");

        assertThat(result.get("outcome").asInt()).as(result.toString()).isEqualTo(15);
        assertThat(result.get("stdout").asText()).isEqualTo("clean\n");
    }

    @Test
    void anAnswerWithoutADocstringGetsPylintsMessage() {
        JsonNode result = lint("VALUE = 20\nprint(VALUE)\n");

        assertThat(result.get("outcome").asInt()).as(result.toString()).isEqualTo(15);
        assertThat(result.get("stdout").asText()).contains("C0114").contains("missing-module-docstring");
    }

    private JsonNode lint(String answer) {
        ObjectNode spec = jobe.spec("python3", "ANSWER = " + pythonString(answer) + "\n" + LINTER)
                .put("sourcefilename", "prog.py");
        spec.putObject("parameters").put("memorylimit", 200000);
        return jobe.run(spec);
    }

    private static String pythonString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
    }
}
