package org.labjudge.node.config;

/**
 * The node's configuration is unusable: a file that cannot be read, an unknown or mistyped setting,
 * a value out of range. The message is one line meant for the admin who wrote the configuration.
 */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
