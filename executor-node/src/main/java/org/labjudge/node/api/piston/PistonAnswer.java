package org.labjudge.node.api.piston;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Piston's answer to {@code POST /api/v2/execute}; {@code compile} only for a compiled language. */
@JsonPropertyOrder({"language", "version", "run", "compile"})
@JsonInclude(JsonInclude.Include.NON_NULL)
record PistonAnswer(String language, String version, PistonStage run, PistonStage compile) {}
