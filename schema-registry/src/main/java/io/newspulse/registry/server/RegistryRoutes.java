package io.newspulse.registry.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.HandlerType;
import io.newspulse.core.json.Json;
import io.newspulse.registry.model.CompatibilityLevel;
import io.newspulse.registry.model.Errors;
import io.newspulse.registry.model.Mode;
import io.newspulse.registry.model.RegistryException;
import io.newspulse.registry.model.StoredSchema;
import io.newspulse.registry.model.SubjectConfig;
import io.newspulse.registry.service.SchemaRegistryService;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Declares every REST endpoint of the registry and maps it to {@link SchemaRegistryService}. Writes go through the
 * {@link WriteRouter} (served here on the leader, forwarded to it elsewhere); reads are always served here.
 */
public final class RegistryRoutes {
    private final SchemaRegistryService service;
    private final WriteRouter writes;

    public RegistryRoutes(SchemaRegistryService service) {
        this(service, WriteRouter.local());
    }

    RegistryRoutes(SchemaRegistryService service, WriteRouter writes) {
        this.service = service;
        this.writes = writes;
    }

    /** One endpoint: the request in, the JSON-serialisable answer out (errors are thrown as {@link RegistryException}). */
    @FunctionalInterface
    interface Endpoint {
        Object handle(Request request);
    }

    /** Declares every endpoint on {@code routes}; each answers 200 with its JSON, or the error of its exception. */
    public void register(RoutesConfig routes) {
        Table r = (method, path, endpoint) -> routes.addHttpHandler(method, path,
                ctx -> RegistryHttp.json(ctx, 200, endpoint.handle(Request.of(ctx))));
        Table w = (method, path, endpoint) -> routes.addHttpHandler(method, path, ctx -> writes.handle(ctx,
                c -> RegistryHttp.json(c, 200, endpoint.handle(Request.of(c)))));
        r.add(HandlerType.GET, "/", req -> obj());
        r.add(HandlerType.GET, "/contexts", req -> List.of("."));
        r.add(HandlerType.GET, "/schemas/types", req -> List.of("AVRO"));
        r.add(HandlerType.GET, "/schemas", this::listSchemas);
        r.add(HandlerType.GET, "/schemas/ids/{id}", this::schemaById);
        r.add(HandlerType.GET, "/schemas/ids/{id}/schema", req -> Json.mapper().createObjectNode().textNode(
                service.schemaById(id(req)).schema()));
        r.add(HandlerType.GET, "/schemas/ids/{id}/subjects", req -> service.usagesOf(id(req), req.flag("deleted")).stream()
                .map(StoredSchema::subject).distinct().toList());
        r.add(HandlerType.GET, "/schemas/ids/{id}/versions", this::idVersions);
        r.add(HandlerType.GET, "/subjects", req -> service.subjects(req.query("subjectPrefix"), req.flag("deleted")));
        r.add(HandlerType.POST, "/subjects/{subject}", req -> RegistryJson.full(service.lookup(req.path("subject"),
                RegistryJson.schemaRequest(req.json()), req.flag("normalize"), req.flag("deleted"))));
        w.add(HandlerType.DELETE, "/subjects/{subject}", req -> service.deleteSubject(req.path("subject"), req.flag("permanent")));
        r.add(HandlerType.GET, "/subjects/{subject}/versions", req -> service.versions(req.path("subject"), req.flag("deleted")));
        // already-live content is answered from this instance's state, even on a follower (every client start
        // re-registers its schemas); anything else is a write
        routes.addHttpHandler(HandlerType.POST, "/subjects/{subject}/versions", ctx -> {
            Request req = Request.of(ctx);
            Optional<StoredSchema> live = service.liveRegistration(req.path("subject"),
                    RegistryJson.schemaRequest(req.json()));
            if (live.isPresent()) {
                RegistryHttp.json(ctx, 200, registered(live.get()));
            } else {
                writes.handle(ctx, c -> RegistryHttp.json(c, 200, register(Request.of(c))));
            }
        });
        r.add(HandlerType.GET, "/subjects/{subject}/versions/{version}", req -> RegistryJson.full(
                service.version(req.path("subject"), req.path("version"), req.flag("deleted"))));
        w.add(HandlerType.DELETE, "/subjects/{subject}/versions/{version}", req -> service.deleteVersion(
                req.path("subject"), req.path("version"), req.flag("permanent")));
        r.add(HandlerType.GET, "/subjects/{subject}/versions/{version}/schema", req -> Json.mapper().createObjectNode()
                .textNode(service.version(req.path("subject"), req.path("version"), req.flag("deleted")).schema()));
        r.add(HandlerType.GET, "/subjects/{subject}/versions/{version}/referencedby",
                req -> service.referencedBy(req.path("subject"), req.path("version")));
        r.add(HandlerType.GET, "/subjects/{subject}/metadata", this::byMetadata);
        r.add(HandlerType.POST, "/compatibility/subjects/{subject}/versions/{version}",
                req -> compatibility(req, req.path("version")));
        r.add(HandlerType.POST, "/compatibility/subjects/{subject}/versions", req -> compatibility(req, null));
        r.add(HandlerType.GET, "/config", req -> configJson(service.config(null).orElse(SubjectConfig.ofLevel(service.defaultLevel()))));
        w.add(HandlerType.PUT, "/config", req -> putConfig(req, null));
        w.add(HandlerType.DELETE, "/config", req -> configJson(service.deleteConfig(null)));
        r.add(HandlerType.GET, "/config/{subject}", this::getSubjectConfig);
        w.add(HandlerType.PUT, "/config/{subject}", req -> putConfig(req, req.path("subject")));
        w.add(HandlerType.DELETE, "/config/{subject}", req -> configJson(service.deleteConfig(req.path("subject"))));
        r.add(HandlerType.GET, "/mode", req -> obj().put("mode", service.globalMode().name()));
        w.add(HandlerType.PUT, "/mode", req -> putMode(req, null));
        w.add(HandlerType.DELETE, "/mode", req -> obj().put("mode", service.deleteMode(null).name()));
        r.add(HandlerType.GET, "/mode/{subject}", this::getSubjectMode);
        w.add(HandlerType.PUT, "/mode/{subject}", req -> putMode(req, req.path("subject")));
        w.add(HandlerType.DELETE, "/mode/{subject}", req -> obj().put("mode", service.deleteMode(req.path("subject")).name()));
    }

    private interface Table {
        void add(HandlerType method, String path, Endpoint endpoint);
    }

    private static ObjectNode obj() {
        return Json.mapper().createObjectNode();
    }

    private static int id(Request req) {
        try {
            return Integer.parseInt(req.path("id"));
        } catch (NumberFormatException e) {
            throw HttpError.notFound();
        }
    }

    private Object register(Request req) {
        return registered(service.register(req.path("subject"), RegistryJson.schemaRequest(req.json()),
                req.flag("normalize")));
    }

    private static ObjectNode registered(StoredSchema s) {
        return obj().put("id", s.id()).put("version", s.version());
    }

    private Object schemaById(Request req) {
        int id = id(req);
        StoredSchema s = service.schemaById(id);
        String subject = req.query("subject");
        if (subject != null && !subject.isEmpty()) {
            s = service.usagesOf(id, true).stream().filter(e -> e.subject().equals(subject)).findFirst().orElse(s);
        }
        ObjectNode n = RegistryJson.addContent(obj(), s);
        if (req.flag("fetchMaxId")) {
            n.put("maxId", service.maxId());
        }
        return n;
    }

    private Object idVersions(Request req) {
        ArrayNode out = Json.mapper().createArrayNode();
        for (StoredSchema e : service.usagesOf(id(req), req.flag("deleted"))) {
            out.addObject().put("subject", e.subject()).put("version", e.version());
        }
        return out;
    }

    private Object listSchemas(Request req) {
        ArrayNode out = Json.mapper().createArrayNode();
        for (StoredSchema s : service.schemas(req.query("subjectPrefix"), req.flag("deleted"), req.flag("latestOnly"))) {
            out.add(RegistryJson.full(s));
        }
        return out;
    }

    private Object byMetadata(Request req) {
        List<String> keys = req.query().getOrDefault("key", List.of());
        List<String> values = req.query().getOrDefault("value", List.of());
        if (keys.size() != values.size()) {
            throw Errors.unprocessable("Every 'key' query parameter needs a matching 'value'");
        }
        Map<String, String> props = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            props.put(keys.get(i), values.get(i));
        }
        return RegistryJson.full(service.latestWithMetadata(req.path("subject"), props));
    }

    private Object compatibility(Request req, String version) {
        List<String> messages = service.testCompatibility(req.path("subject"), version,
                RegistryJson.schemaRequest(req.json()));
        ObjectNode n = obj().put("is_compatible", messages.isEmpty());
        if (req.flag("verbose")) {
            ArrayNode m = n.putArray("messages");
            messages.forEach(m::add);
        }
        return n;
    }

    /** A stored config as GET answers it: a config without a level shows the registry's default level (as Confluent). */
    private ObjectNode configJson(SubjectConfig config) {
        return config.toJson(SubjectConfig.LEVEL_KEY, service.defaultLevel());
    }

    private Object getSubjectConfig(Request req) {
        String subject = req.path("subject");
        SubjectConfig config = service.config(subject).orElse(null);
        if (config == null) {
            if (!req.flag("defaultToGlobal")) {
                throw new RegistryException(404, Errors.SUBJECT_COMPATIBILITY_NOT_CONFIGURED,
                        "Subject '" + subject + "' does not have subject-level compatibility configured");
            }
            config = service.config(null).orElse(SubjectConfig.ofLevel(service.defaultLevel()));
        }
        return configJson(config);
    }

    /** Merges the body's fields into the config and echoes the request (level under "compatibility"), as Confluent. */
    private Object putConfig(Request req, String subject) {
        SubjectConfig update = SubjectConfig.fromJson(req.json(), SubjectConfig.UPDATE_LEVEL_KEY);
        service.updateConfig(subject, update);
        return update.toJson(SubjectConfig.UPDATE_LEVEL_KEY, null);
    }

    private Object getSubjectMode(Request req) {
        String subject = req.path("subject");
        Mode mode = service.subjectMode(subject).orElse(null);
        if (mode == null) {
            if (!req.flag("defaultToGlobal")) {
                throw new RegistryException(404, Errors.SUBJECT_MODE_NOT_CONFIGURED,
                        "Subject '" + subject + "' does not have subject-level mode configured");
            }
            mode = service.globalMode();
        }
        return obj().put("mode", mode.name());
    }

    private Object putMode(Request req, String subject) {
        JsonNode body = req.json();
        Mode mode = Mode.parse(body.hasNonNull("mode") ? body.get("mode").asText() : null);
        service.setMode(subject, mode);
        return obj().put("mode", mode.name());
    }
}
