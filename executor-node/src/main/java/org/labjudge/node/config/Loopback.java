package org.labjudge.node.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells whether a bind address only reaches this machine (127.0.0.0/8, ::1, localhost), because a
 * node reachable from the network must not run without a token. Names other than
 * {@code localhost} are never resolved: a DNS answer must not decide whether auth is required.
 */
public final class Loopback {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private Loopback() {
    }

    /**
     * The one rule every listener of a node obeys (its config, and the HTTP server an embedder may
     * start on its own): no bind beyond loopback without a token.
     *
     * @throws ConfigException when {@code tokens} is empty and {@code bind} is not loopback
     */
    public static void requireTokenOffLoopback(String bind, List<String> tokens) {
        if ((tokens == null || tokens.isEmpty()) && !isLoopback(bind)) {
            throw new ConfigException("refusing to listen on " + bind
                    + " without a token: add --token or tokens in the config");
        }
    }

    /** Whether {@code bind} is a loopback address or {@code localhost}. */
    public static boolean isLoopback(String bind) {
        if (bind == null) {
            return false;
        }
        String host = bind.trim().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.equals("localhost")) {
            return true;
        }
        if (IPV4.matcher(host).matches()) {
            return isLoopbackIpv4(host);
        }
        return host.contains(":") && isLoopbackIpv6(host);
    }

    private static boolean isLoopbackIpv4(String dotted) {
        String[] octets = dotted.split("\\.");
        for (String octet : octets) {
            if (Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return Integer.parseInt(octets[0]) == 127;
    }

    /** A string with a colon is parsed by {@code getByName} as an IPv6 literal, never looked up. */
    private static boolean isLoopbackIpv6(String literal) {
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
    }
}
