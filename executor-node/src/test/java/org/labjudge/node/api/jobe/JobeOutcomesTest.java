package org.labjudge.node.api.jobe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A real node answers Jobe's runs with Jobe's outcome codes, compiler output and program output. */
@Tag("docker")
class JobeOutcomesTest {
    @RegisterExtension
    static final JobeNode NODE = new JobeNode(2);

    private final JobeClient jobe = NODE.jobe();

    @Test
    void aProgramThatRunsCleanlyIsOutcome15WithItsOutput() {
        JsonNode result = jobe.run(jobe.spec("c", "#include <stdio.h>\nint main() { printf(\"Hello\\n\"); return 0; }\n")
                .put("sourcefilename", "prog.c"));

        assertThat(result.get("outcome").asInt()).isEqualTo(15);
        assertThat(result.get("stdout").asText()).isEqualTo("Hello\n");
        assertThat(result.get("cmpinfo").asText()).isEmpty();
        assertThat(result.get("stderr").asText()).isEmpty();
        assertThat(result.get("run_id").asText()).isNotEmpty();
    }

    @Test
    void aCompileErrorIsOutcome11WithTheCompilersMessage() {
        JsonNode result = jobe.run(jobe.spec("c", "int main() { return x; }\n"));

        assertThat(result.get("outcome").asInt()).isEqualTo(11);
        assertThat(result.get("cmpinfo").asText()).contains("error").contains("undeclared");
        assertThat(result.get("stdout").asText()).isEmpty();
    }

    @Test
    void jobesDefaultCFlagsApplyWarningsAreErrors() {
        // Jobe compiles C with -Wall -Werror -std=c99: an unused variable does not compile.
        JsonNode result = jobe.run(jobe.spec("c", "int main() { int unused; return 0; }\n"));

        assertThat(result.get("outcome").asInt()).isEqualTo(11);
        assertThat(result.get("cmpinfo").asText()).contains("unused");
    }

    @Test
    void compileArgsReplaceTheDefaultsAndLinkArgsFollow() {
        ObjectNode spec = jobe.spec("c", "#include <stdio.h>\n#include <math.h>\n"
                + "int main() { printf(\"%d %.0f\\n\", VALUE, sqrt(81.0)); return 0; }\n");
        spec.putObject("parameters")
                .<ObjectNode>set("compileargs", jobe.json.createArrayNode().add("-DVALUE=42"))
                .set("linkargs", jobe.json.createArrayNode().add("-lm"));

        JsonNode result = jobe.run(spec);

        assertThat(result.get("outcome").asInt()).isEqualTo(15);
        assertThat(result.get("stdout").asText()).isEqualTo("42 9\n");
    }

    @Test
    void aPythonSyntaxErrorIsACompileErrorAsInJobe() {
        JsonNode result = jobe.run(jobe.spec("python3", "print('unclosed'\n"));

        assertThat(result.get("outcome").asInt()).isEqualTo(11);
        assertThat(result.get("cmpinfo").asText()).contains("SyntaxError");
    }

    @Test
    void aNodejsSyntaxErrorIsARuntimeErrorAsInJobeWhichChecksNothingFirst() {
        // Jobe's testsubmit.py, "Syntactically invalid Nodejs": outcome 12, though the node's own API checks it.
        JsonNode result = jobe.run(jobe.spec("nodejs", "s = 'Hello world!\nconsole.log(s)\n"));

        assertThat(result.get("outcome").asInt()).isEqualTo(12);
        assertThat(result.get("stderr").asText()).contains("SyntaxError");
    }

    @Test
    void anExceptionIsOutcome12WithItsTraceOnStderr() {
        JsonNode result = jobe.run(jobe.spec("python3", "print('before')\nraise ValueError('boom')\n"));

        assertThat(result.get("outcome").asInt()).isEqualTo(12);
        assertThat(result.get("stdout").asText()).isEqualTo("before\n");
        assertThat(result.get("stderr").asText()).contains("ValueError: boom");
    }

    @Test
    void anythingOnStderrIsARuntimeErrorEvenWithExitStatus0() {
        JsonNode result = jobe.run(jobe.spec("python3", "import sys\nsys.stderr.write('warning\\n')\n"));

        assertThat(result.get("outcome").asInt()).isEqualTo(12);
        assertThat(result.get("stderr").asText()).isEqualTo("warning\n");
    }

    @Test
    void aLoopPastCputimeIsOutcome13() {
        ObjectNode spec = jobe.spec("c", "int main() { while (1) {} }\n");
        spec.putObject("parameters").put("cputime", 1);

        assertThat(jobe.run(spec).get("outcome").asInt()).isEqualTo(13);
    }

    @Test
    void memoryPastMemorylimitIsOutcome17() {
        ObjectNode spec = jobe.spec("python3",
                "x = bytearray(200 * 1024 * 1024)\nx[::4096] = b'1' * len(x[::4096])\nprint(len(x))\n");
        spec.putObject("parameters").put("memorylimit", 64);

        assertThat(jobe.run(spec).get("outcome").asInt()).isEqualTo(17);
    }

    @Test
    void inputIsStdinAndInterpreterAndRunArgsAreSplitAsJobesShellWould() {
        ObjectNode spec = jobe.spec("python3",
                "import sys\nprint(input(), sys.argv[1:], sys.flags.dont_write_bytecode)\n");
        spec.put("input", "line one\n");
        spec.putObject("parameters")
                .<ObjectNode>set("interpreterargs", jobe.json.createArrayNode().add("-B -E"))
                .set("runargs", jobe.json.createArrayNode().add("a b").add("'c d'"));

        JsonNode result = jobe.run(spec);

        assertThat(result.get("outcome").asInt()).isEqualTo(15);
        assertThat(result.get("stdout").asText()).isEqualTo("line one ['a', 'b', 'c d'] 1\n");
    }

    @Test
    void javaRunsUnderThePublicClassName() {
        JsonNode result = jobe.run(jobe.spec("java", "public class Greeter {\n"
                + "  public static void main(String[] args) { System.out.println(\"Un r\u00f4le\"); }\n}\n")
                .put("sourcefilename", "Greeter.java"));

        assertThat(result.get("outcome").asInt()).isEqualTo(15);
        assertThat(result.get("stdout").asText()).isEqualTo("Un r\u00f4le\n");
    }

    @Test
    void outputThatIsNotUtf8KeepsItsBytesEscapedAsJobeAnswersIt() {
        // Latin-1 bytes and control characters: not UTF-8, so each byte outside printable ASCII becomes \xhh.
        JsonNode result = jobe.run(jobe.spec("c", "#include <stdio.h>\nint main() { printf(\"caf\\351\\tok\\n\\002\\n\");"
                + " return 0; }\n"));

        assertThat(result.get("outcome").asInt()).isEqualTo(15);
        assertThat(result.get("stdout").asText()).isEqualTo("caf\\xe9\tok\n\\x02\n");
    }

    @Test
    void aCMallocPastJobesMemorylimitFailsAsUnderJobesAddressSpaceLimit() {
        // 1.5 GB, never touched: only an address-space limit refuses it (Jobe's default memorylimit, 400 MB).
        String program = "#include <stdio.h>\n#include <stdlib.h>\n"
                + "int main(void) { puts(malloc(1500000000) == NULL ? \"refused\" : \"allocated\"); return 0; }\n";
        ObjectNode unlimited = jobe.spec("c", program);
        unlimited.putObject("parameters").put("memorylimit", 0);

        assertThat(jobe.run(jobe.spec("c", program)).get("stdout").asText()).isEqualTo("refused\n");
        assertThat(jobe.run(unlimited).get("stdout").asText()).as("Jobe's 0: no limit").isEqualTo("allocated\n");
    }
}
