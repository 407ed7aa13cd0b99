package org.rightsarchive.search;

import java.io.IOException;

/**
 * The search engine cannot answer now (a distributed backend lost its cluster or a part of it): a temporary
 * condition, for a {@code 503} rather than an internal error. The message says what is down, for operators.
 */
public final class BackendUnavailableException extends IOException {
    private static final long serialVersionUID = 1L;

    public BackendUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
