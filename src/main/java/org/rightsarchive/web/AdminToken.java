package org.rightsarchive.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The bearer token that guards the admin API. Compared in constant time: both sides are hashed first, so neither
 * the content nor the length of the token leaks through timing.
 */
public final class AdminToken {
    /** Shortest token accepted; a short token is guessable. */
    public static final int MIN_LENGTH = 16;

    private final byte[] digest;

    private AdminToken(String token) {
        this.digest = sha256(token);
    }

    /**
     * The configured token, or empty when none is configured (then the admin API is off).
     *
     * @throws IllegalArgumentException if the token is shorter than {@link #MIN_LENGTH}
     */
    public static Optional<AdminToken> of(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        if (token.strip().length() < MIN_LENGTH) {
            throw new IllegalArgumentException("the admin token must be at least " + MIN_LENGTH + " characters long");
        }
        return Optional.of(new AdminToken(token.strip()));
    }

    /** True when the {@code Authorization} header value is {@code Bearer <this token>}. */
    public boolean accepts(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(
                digest, sha256(authorizationHeader.substring(7).strip()));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    @Override
    public String toString() {
        return "AdminToken[****]";
    }
}
