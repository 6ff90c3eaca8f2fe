package org.labjudge.node.api.jobe;

/** A status and the value sent as its JSON body ({@code null}: no body). */
public record JobeAnswer(int status, Object body) {}
