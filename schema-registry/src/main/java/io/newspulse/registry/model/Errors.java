package io.newspulse.registry.model;

/** Factory of the error answers Confluent clients know (status + error code + message wording). */
public final class Errors {
    public static final int SUBJECT_NOT_FOUND = 40401;
    public static final int VERSION_NOT_FOUND = 40402;
    public static final int SCHEMA_NOT_FOUND = 40403;
    public static final int SUBJECT_SOFT_DELETED = 40404;
    public static final int SUBJECT_NOT_SOFT_DELETED = 40405;
    public static final int VERSION_SOFT_DELETED = 40406;
    public static final int VERSION_NOT_SOFT_DELETED = 40407;
    public static final int SUBJECT_COMPATIBILITY_NOT_CONFIGURED = 40408;
    public static final int SUBJECT_MODE_NOT_CONFIGURED = 40409;
    public static final int INCOMPATIBLE_SCHEMA = 409;
    public static final int INVALID_SCHEMA = 42201;
    public static final int INVALID_VERSION = 42202;
    public static final int INVALID_COMPATIBILITY_LEVEL = 42203;
    public static final int INVALID_MODE = 42204;
    public static final int OPERATION_NOT_PERMITTED = 42205;
    public static final int REFERENCE_EXISTS = 42206;
    public static final int STORE_ERROR = 50001;
    public static final int STORE_TIMEOUT = 50002;
    /** A follower could not forward a write to the leader (Confluent's code). */
    public static final int FORWARDING_FAILED = 50003;
    /** No instance is known to be the leader, so a write cannot be served (Confluent's code). */
    public static final int UNKNOWN_LEADER = 50004;

    private Errors() {
    }

    public static RegistryException subjectNotFound(String subject) {
        return new RegistryException(404, SUBJECT_NOT_FOUND, "Subject '" + subject + "' not found.");
    }

    public static RegistryException versionNotFound(int version) {
        return new RegistryException(404, VERSION_NOT_FOUND, "Version " + version + " not found.");
    }

    public static RegistryException schemaNotFound() {
        return new RegistryException(404, SCHEMA_NOT_FOUND, "Schema not found");
    }

    public static RegistryException schemaIdNotFound(int id) {
        return new RegistryException(404, SCHEMA_NOT_FOUND, "Schema " + id + " not found");
    }

    public static RegistryException invalidSchema(String detail) {
        return new RegistryException(422, INVALID_SCHEMA, "Invalid schema: " + detail);
    }

    public static RegistryException invalidVersion(String version) {
        return new RegistryException(422, INVALID_VERSION, "The specified version '" + version
                + "' is not a valid version id. Allowed values are between [1, 2^31-1] and the string \"latest\"");
    }

    public static RegistryException unknownLeader(String detail) {
        return new RegistryException(500, UNKNOWN_LEADER, "Unknown leader: " + detail);
    }

    public static RegistryException forwardingFailed(String leaderUrl, String detail, Throwable cause) {
        return new RegistryException(500, FORWARDING_FAILED, "Error while forwarding the request to the leader at "
                + leaderUrl + ": " + detail, cause);
    }

    public static RegistryException badRequest(String message) {
        return new RegistryException(400, 400, message);
    }

    public static RegistryException unprocessable(String message) {
        return new RegistryException(422, 422, message);
    }
}
