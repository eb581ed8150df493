package com.icr.connect.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a site's base URL is one the production app may call (it signs requests to it
 * with the site's secret): HTTPS, and a public host. A host name must end in an
 * alphabetic top-level domain and not be a local name ({@code localhost}, {@code .local},
 * {@code .internal}, …); an IP literal must not be loopback, private, link-local,
 * unique-local, multicast or unspecified. Names are not resolved (that answer could
 * change after the check); the URL is checked as Atlassian sent it.
 */
final class PublicHttps {

    private static final Pattern TOP_LEVEL_DOMAIN = Pattern.compile("[a-z][a-z0-9-]*[a-z0-9]|[a-z]");

    private static final Pattern IPV4_LIKE = Pattern.compile("[0-9.]+");

    private PublicHttps() {
    }

    static boolean accepts(String baseUrl) {
        URI uri;
        try {
            uri = URI.create(baseUrl.trim());
        }
        catch (IllegalArgumentException e) {
            return false;
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            return false;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") || IPV4_LIKE.matcher(host).matches()) {
            return publicAddress(host.replace("[", "").replace("]", ""));
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        int dot = host.lastIndexOf('.');
        if (dot < 0 || !TOP_LEVEL_DOMAIN.matcher(host.substring(dot + 1)).matches()) {
            return false;
        }
        String tld = host.substring(dot + 1);
        return !host.equals("localhost") && !tld.equals("localhost") && !tld.equals("local") && !tld.equals("internal")
                && !tld.equals("lan") && !tld.equals("home") && !tld.equals("test") && !tld.equals("invalid")
                && !tld.equals("example");
    }

    private static boolean publicAddress(String literal) {
        try {
            InetAddress address = InetAddress.getByName(literal); // a literal: no lookup
            byte[] bytes = address.getAddress();
            boolean uniqueLocal = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
            boolean carrierNat = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
            return !(address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                    || address.isSiteLocalAddress() || address.isMulticastAddress() || uniqueLocal || carrierNat
                    || (bytes.length == 4 && bytes[0] == 0));
        }
        catch (UnknownHostException e) {
            return false;
        }
    }

}
