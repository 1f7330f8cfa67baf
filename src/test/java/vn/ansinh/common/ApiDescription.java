package vn.ansinh.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The operations of {@code /v3/api-docs}, with their parameters and body schemas resolved. */
record ApiDescription(JsonNode root) {

    record Parameter(String name, String in, JsonNode schema, boolean required) {
    }

    record Operation(String method, String path, String operationId, List<String> tags, String summary,
                     List<Parameter> parameters, Map<String, JsonNode> bodies, JsonNode node) {

        String label() {
            return method.toUpperCase() + " " + path;
        }
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                JsonNode node = op.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : node.path("parameters").values()) {
                    JsonNode param = resolve(p);
                    parameters.add(new Parameter(param.path("name").asString(), param.path("in").asString(),
                            resolve(param.path("schema")), param.path("required").asBoolean(false)));
                }
                Map<String, JsonNode> bodies = new java.util.LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> content : node.path("requestBody").path("content").properties()) {
                    bodies.put(content.getKey(), resolve(content.getValue().path("schema")));
                }
                List<String> tags = node.path("tags").values().stream().map(JsonNode::asString).toList();
                operations.add(new Operation(op.getKey(), path.getKey(), node.path("operationId").asString(null),
                        tags, node.path("summary").asString(null), parameters, bodies, node));
            }
        }
        return operations;
    }

    /** Follows a {@code $ref} to its component (once; nested refs are resolved as they are walked). */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String[] parts = current.get("$ref").asString().substring(2).split("/");
            JsonNode target = root;
            for (String part : parts) {
                target = target.path(part);
            }
            current = target;
        }
        return current;
    }

    /** The schema's type, whether written as {@code "type":"x"} or (OpenAPI 3.1) {@code "type":["x","null"]}. */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type.values()) {
                if (!"null".equals(t.asString())) {
                    return t.asString();
                }
            }
        }
        if (type.isString()) {
            return type.asString();
        }
        if (schema.has("properties") || schema.has("additionalProperties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        return "string";
    }
}
