package org.labjudge.node.api.jobe;

import java.util.List;

/**
 * The run_spec's {@code parameters} the node honours. A number left out, or not numeric (Jobe
 * then uses its default too), is {@code null}.
 *
 * @param cputimeSeconds CPU time, in seconds
 * @param memorylimitMb memory, in MB; 0 asks for no limit (the node's maximum)
 * @param numprocs processes
 * @param compileargs words added to the compile command before the source file
 * @param linkargs words added at the end of the compile command
 * @param interpreterargs words added after the interpreter (or, for compiled programs, before runargs)
 * @param runargs the program's arguments
 */
record JobeParameters(Double cputimeSeconds, Integer memorylimitMb, Integer numprocs, List<String> compileargs,
                      List<String> linkargs, List<String> interpreterargs, List<String> runargs) {

    JobeParameters {
        compileargs = List.copyOf(compileargs);
        linkargs = List.copyOf(linkargs);
        interpreterargs = List.copyOf(interpreterargs);
        runargs = List.copyOf(runargs);
    }
}
