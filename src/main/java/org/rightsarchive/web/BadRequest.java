package org.rightsarchive.web;

/** A request the client got wrong (a bad parameter, an unknown filter): answered 400 with the message. */
public final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadRequest(String message) {
        super(message);
    }
}
