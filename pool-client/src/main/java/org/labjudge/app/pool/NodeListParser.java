package org.labjudge.app.pool;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.labjudge.protocol.Json;
import org.labjudge.protocol.ValueKind;

/**
 * Reads {@code nodes.json} (docs/node-list.md: {@code {"token": ..., "nodes": [{"name","url","weight","token"}]}}).
 * Every problem is a {@link NodeListException} naming the source, the field and what is wrong, e.g.
 * {@code "/etc/labjudge/nodes.json: nodes[2].url: not an http(s) URL: 'ftp://x'"}, because the person
 * reading it is a lab admin with an editor open, not a developer with a debugger. Unknown fields are
 * ignored so newer lists work with older clients.
 */
final class NodeListParser {

    private final ObjectMapper mapper = Json.newMapper();

    NodeList parse(byte[] json, String source) throws NodeListException {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new NodeListException(source + ": not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new NodeListException(source + ": cannot read: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new NodeListException(source + ": is empty; expected {\"nodes\": [...]}");
        }
        if (!root.isObject()) {
            throw new NodeListException(source + ": expected a JSON object with \"nodes\", got " + kind(root));
        }
        String sharedToken = optionalText(root, "token", source + ": token");
        JsonNode nodes = root.get("nodes");
        if (nodes == null || nodes.isNull()) {
            throw new NodeListException(source + ": nodes: is required (a list of {\"name\", \"url\"})");
        }
        if (!nodes.isArray()) {
            throw new NodeListException(source + ": nodes: expected a list, got " + kind(nodes));
        }
        if (nodes.isEmpty()) {
            throw new NodeListException(source + ": nodes: lists no node");
        }
        List<NodeEntry> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            String field = source + ": nodes[" + i + "]";
            JsonNode node = nodes.get(i);
            if (!node.isObject()) {
                throw new NodeListException(field + ": expected an object with \"name\" and \"url\", got "
                        + kind(node));
            }
            String name = requiredText(node, "name", field + ".name");
            if (!names.add(name)) {
                throw new NodeListException(field + ".name: '" + name + "' is listed twice");
            }
            URI url = url(requiredText(node, "url", field + ".url"), field + ".url");
            double weight = weight(node.get("weight"), field + ".weight");
            String token = optionalText(node, "token", field + ".token");
            entries.add(new NodeEntry(name, url, weight, token != null ? token : sharedToken));
        }
        return new NodeList(entries, source);
    }

    private static URI url(String text, String field) throws NodeListException {
        URI url;
        try {
            url = new URI(text);
        } catch (URISyntaxException e) {
            throw new NodeListException(field + ": not an http(s) URL: '" + text + "'");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null || url.isOpaque()) {
            throw new NodeListException(field + ": not an http(s) URL: '" + text + "'");
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null || url.getRawUserInfo() != null) {
            throw new NodeListException(field + ": must be a plain base URL such as http://10.1.0.11:7070, got '"
                    + text + "'");
        }
        String path = url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", "");
        return URI.create(scheme + "://" + url.getRawAuthority() + path);
    }

    private static double weight(JsonNode value, String field) throws NodeListException {
        if (value == null || value.isNull()) {
            return 1.0;
        }
        if (!value.isNumber() || !(value.asDouble() > 0) || !Double.isFinite(value.asDouble())) {
            throw new NodeListException(field + ": must be a positive number, got " + text(value));
        }
        return value.asDouble();
    }

    private static String requiredText(JsonNode node, String key, String field) throws NodeListException {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            throw new NodeListException(field + ": is required");
        }
        if (!value.isTextual()) {
            throw new NodeListException(field + ": expected text, got " + kind(value));
        }
        if (value.asText().isBlank()) {
            throw new NodeListException(field + ": must not be empty");
        }
        return value.asText().strip();
    }

    private static String optionalText(JsonNode node, String key, String field) throws NodeListException {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new NodeListException(field + ": expected text, got " + kind(value));
        }
        if (value.asText().isBlank()) {
            throw new NodeListException(field + ": must not be empty (leave it out for no token)");
        }
        return value.asText().strip();
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? "'" + value.asText() + "'" : value.toString();
    }

    private static String kind(JsonNode node) {
        return ValueKind.of(node, "an object");
    }
}
