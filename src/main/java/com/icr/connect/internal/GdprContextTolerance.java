package com.icr.connect.internal;

import com.atlassian.connect.spring.AtlassianHost;
import com.atlassian.connect.spring.AtlassianHostRepository;
import com.atlassian.connect.spring.AtlassianHostUser;
import com.atlassian.connect.spring.internal.auth.jwt.JwtAuthentication;
import com.atlassian.connect.spring.internal.auth.jwt.JwtAuthenticationToken;
import com.atlassian.connect.spring.internal.jwt.HttpRequestCanonicalizer;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * ACSB's JWT provider throws (a 500) for a token whose {@code context.user} has an
 * {@code accountId} but no {@code userKey}, which is what a GDPR-mode host sends. ACSB
 * throws only after it has verified the signature, so this decorator finishes the job it
 * started: the same host, claims and qsh, the user taken from {@code sub} only (never
 * from {@code context.user.accountId}, which could name someone else).
 */
class GdprContextTolerance implements AuthenticationManager {

    private static final String ACSB_USER_KEY_FAILURE = "The userKey can not be null.";

    private final AuthenticationManager delegate;

    private final AtlassianHostRepository hosts;

    GdprContextTolerance(AuthenticationManager delegate, AtlassianHostRepository hosts) {
        this.delegate = delegate;
        this.hosts = hosts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        try {
            return delegate.authenticate(authentication);
        }
        catch (IllegalArgumentException e) {
            if (!ACSB_USER_KEY_FAILURE.equals(e.getMessage())
                    || !(authentication instanceof JwtAuthenticationToken token)) {
                throw e;
            }
            return verifiedWithoutUserKey(token);
        }
    }

    private Authentication verifiedWithoutUserKey(JwtAuthenticationToken token) {
        try {
            JWTClaimsSet claims = JWTParser.parse(token.getCredentials().getRawJwt()).getJWTClaimsSet();
            AtlassianHost host = hosts.findById(claims.getIssuer())
                .orElseThrow(() -> new BadCredentialsException("Unknown issuer"));
            // The user is the token's subject, as on every other path; not what the
            // context claim says besides it.
            String accountId = claims.getSubject();
            AtlassianHostUser.AtlassianHostUserBuilder builder = AtlassianHostUser.builder(host);
            if (accountId != null && !accountId.isBlank()) {
                builder.withUserAccountId(accountId);
            }
            String qsh = HttpRequestCanonicalizer
                .computeCanonicalRequestHash(token.getCredentials().getCanonicalHttpRequest());
            return new JwtAuthentication(builder.build(), claims, qsh);
        }
        catch (AuthenticationException e) {
            throw e;
        }
        catch (Exception e) {
            throw new BadCredentialsException("The JWT could not be read", e);
        }
    }

}
