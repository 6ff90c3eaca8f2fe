package org.labjudge.node.api.jobe;

/** An entry of a run_spec's {@code file_list}: a file of the cache and the name it gets in the run. */
public record JobeFileSpec(String fileId, String fileName) {}
