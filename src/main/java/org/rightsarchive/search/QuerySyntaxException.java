package org.rightsarchive.search;

/** A query the user wrote that cannot be run; the message explains why in words fit for the user. */
public final class QuerySyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public QuerySyntaxException(String message) {
        super(message);
    }

    public QuerySyntaxException(String message, Throwable cause) {
        super(message, cause);
    }
}
