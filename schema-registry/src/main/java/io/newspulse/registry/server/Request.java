package io.newspulse.registry.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.newspulse.core.json.Json;
import io.newspulse.registry.model.Errors;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A parsed HTTP request as seen by route handlers: path parameters, query parameters, body. */
public record Request(String method, Map<String, String> pathParams, Map<String, List<String>> query, byte[] body) {

    /** The request of a Javalin context (reads the body, within the server's size limit). */
    static Request of(Context ctx) {
        return new Request(ctx.method().name(), ctx.pathParamMap(), ctx.queryParamMap(), ctx.bodyAsBytes());
    }

    public String path(String name) {
        return pathParams.get(name);
    }

    /** First value of a query parameter, or null. */
    public String query(String name) {
        List<String> v = query.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    public boolean flag(String name) {
        return "true".equalsIgnoreCase(query(name));
    }

    /** The body as a JSON object; malformed JSON gives 400, a non-object 422. */
    public JsonNode json() {
        if (body.length == 0) {
            throw Errors.unprocessable("Request body is empty; a JSON object is required");
        }
        JsonNode node;
        try {
            node = Json.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw Errors.badRequest("Malformed JSON request body: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw Errors.badRequest("Unreadable request body");
        }
        if (node == null || !node.isObject()) {
            throw Errors.unprocessable("Request body must be a JSON object");
        }
        return node;
    }

    @Override
    public String toString() {
        return method + " " + pathParams + " " + query + " (" + new String(body, StandardCharsets.UTF_8).length()
                + " chars)";
    }
}
