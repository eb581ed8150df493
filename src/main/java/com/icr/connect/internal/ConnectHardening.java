package com.icr.connect.internal;

import com.icr.web.ErrorMessages;
import com.icr.connect.AppDescriptor;
import com.icr.tenant.TenantManagement;
import com.atlassian.connect.spring.AtlassianHostRepository;
import com.atlassian.connect.spring.internal.AtlassianConnectProperties;
import com.atlassian.connect.spring.internal.auth.LifecycleURLHelper;
import com.atlassian.connect.spring.internal.auth.jwt.JwtAuthenticationFilter;
import com.atlassian.connect.spring.internal.auth.jwt.JwtAuthenticationProvider;
import com.atlassian.connect.spring.internal.auth.jwt.JwtAuthenticationToken;
import com.nimbusds.jwt.JWTParser;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.atlassian.connect.spring.internal.descriptor.AddonDescriptorLoader;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.security.authentication.AuthenticationManager;
import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one place where ACSB 2.2.1's defects are fixed:
 * <ol>
 * <li>its error controller breaks on Boot 2.7: removed, {@code web.JsonErrorController}
 * answers instead;</li>
 * <li>its own descriptor endpoint serves the raw file: removed,
 * {@link DescriptorController} serves one descriptor per product;</li>
 * <li>unsigned installs:
 * {@code atlassian.connect.allow-symmetric-auth-install-callback=false} in
 * application.yml, and {@link LifecycleCallbackFilter} requires an RS256 signature;</li>
 * <li>first installs without {@code qsh} or with {@code iss} other than the client key,
 * or for another app key: {@link LifecycleCallbackFilter};</li>
 * <li>JWTs without {@code qsh}, context tokens outside {@code /api}, uninstalled and
 * disabled sites: {@link TenantAccessInterceptor};</li>
 * <li>a 500 for context tokens whose user has no {@code userKey} (GDPR mode):
 * {@link GdprContextTolerance} inside ACSB's own JWT filter, registered here in place of
 * ACSB's registration;</li>
 * <li>the descriptor read, resolved and parsed again five times per signed request and
 * once per call to a product: {@link CachedDescriptorLoader} in place of ACSB's
 * loader;</li>
 * <li>a database read of the host for every signed request: the JWT filter's provider
 * reads it through {@link HostLookups}, and looks again once when a signature fails with
 * the kept secret;</li>
 * <li>URIs built and compared four times per request to tell a lifecycle callback:
 * {@link LifecycleRequests} answers most requests from their path alone;</li>
 * <li>a JWT minted for every controller call, for the model of server-side templates this
 * app does not have (its pages ask {@code AP.context.getToken()}): ACSB's
 * {@code AtlassianConnectContextModelAttributeProvider} removed.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
class ConnectHardening implements WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ConnectHardening.class);

    private static final String MODEL_ATTRIBUTES = "com.atlassian.connect.spring.internal.AtlassianConnectContextModelAttributeProvider";

    private final TenantManagement tenants;

    private final AppDescriptor descriptor;

    private final boolean production;

    private final ErrorMessages messages;

    ConnectHardening(TenantManagement tenants, AppDescriptor descriptor,
            org.springframework.core.env.Environment environment, ErrorMessages messages) {
        this.tenants = tenants;
        this.messages = messages;
        this.descriptor = descriptor;
        this.production = environment.acceptsProfiles(org.springframework.core.env.Profiles.of("production"));
    }

    @Bean
    static BeanDefinitionRegistryPostProcessor removeBrokenAcsbBeans() {
        return new BeanDefinitionRegistryPostProcessor() {
            @Override
            public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
                for (String name : List.of("atlassianConnectErrorController", "addonDescriptorController",
                        "jwtAuthenticationFilterRegistrationBean")) {
                    if (registry.containsBeanDefinition(name)) {
                        registry.removeBeanDefinition(name);
                    }
                }
                for (String name : registry.getBeanDefinitionNames()) {
                    BeanDefinition definition = registry.getBeanDefinition(name);
                    String type = definition.getBeanClassName();
                    // the same beans (ACSB injects them everywhere), of classes that do
                    // less per request
                    if (AddonDescriptorLoader.class.getName().equals(type)) {
                        definition.setBeanClassName(CachedDescriptorLoader.class.getName());
                    }
                    else if (LifecycleURLHelper.class.getName().equals(type)) {
                        definition.setBeanClassName(LifecycleRequests.class.getName());
                    }
                    else if (MODEL_ATTRIBUTES.equals(type)) {
                        registry.removeBeanDefinition(name);
                    }
                }
            }

            @Override
            public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            }
        };
    }

    /**
     * ACSB's JWT filter with ACSB's own JWT provider, whose host lookups go through
     * {@link HostLookups}. The filter hands it only HS256 tokens of installed hosts
     * (installs are RS256, another filter's). A signature that fails with a kept secret
     * is checked once more only when the stored secret differs from the kept one (another
     * node may just have rotated it): a forged token is verified once. A refused token is
     * one short WARN line here; ACSB's own lines for it (an ERROR per verification and a
     * WARN with a stack trace) are switched off in application.yml.
     */
    @Bean
    FilterRegistrationBean<JwtAuthenticationFilter> jwtAuthenticationFilter(AtlassianHostRepository hosts,
            HostLookups lookups, AddonDescriptorLoader addonDescriptorLoader, AtlassianConnectProperties properties,
            ServerProperties serverProperties, LifecycleURLHelper lifecycleURLHelper) {
        AtlassianHostRepository keptHosts = lookups.keeping(hosts);
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(addonDescriptorLoader, keptHosts);
        AuthenticationManager verify = token -> {
            try {
                return provider.authenticate(token);
            }
            catch (BadCredentialsException e) {
                if (token instanceof JwtAuthenticationToken jwt && lookups.secretChanged(issuerOf(jwt), hosts)) {
                    return provider.authenticate(token);
                }
                throw e;
            }
        };
        AuthenticationManager tolerant = new GdprContextTolerance(verify, keptHosts);
        AuthenticationManager quiet = token -> {
            try {
                return tolerant.authenticate(token);
            }
            catch (AuthenticationException e) {
                log.warn("Refused a JWT{}: {}", requestOf(token), reasonOf(e));
                throw e;
            }
        };
        FilterRegistrationBean<JwtAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new JwtAuthenticationFilter(quiet, addonDescriptorLoader, properties, serverProperties,
                        lifecycleURLHelper));
        registration.setOrder(properties.getJwtFilterOrder());
        return registration;
    }

    private static String issuerOf(JwtAuthenticationToken token) {
        try {
            return JWTParser.parse(token.getCredentials().getRawJwt()).getJWTClaimsSet().getIssuer();
        }
        catch (java.text.ParseException e) {
            return "";
        }
    }

    private static String requestOf(org.springframework.security.core.Authentication token) {
        if (token instanceof JwtAuthenticationToken jwt && jwt.getCredentials() != null
                && jwt.getCredentials().getCanonicalHttpRequest() != null) {
            var request = jwt.getCredentials().getCanonicalHttpRequest();
            return " for " + oneLine(request.getMethod() + " " + request.getRelativePath(), 200);
        }
        return "";
    }

    /**
     * The failure's own words, without the causes' stack: never the token (ACSB writes
     * "[jwt]" in its place).
     */
    private static String reasonOf(AuthenticationException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (root != e && root.getMessage() != null && !message.contains(root.getMessage())) {
            message = message + " (" + root.getMessage() + ")";
        }
        return oneLine(message, 200);
    }

    private static final java.util.regex.Pattern TOKEN_LIKE = java.util.regex.Pattern
        .compile("[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}(\\.[A-Za-z0-9_-]*)?");

    private static String oneLine(String text, int max) {
        String line = TOKEN_LIKE.matcher(text).replaceAll("[jwt]").replaceAll("[\\r\\n\\t]", " ");
        return line.length() > max ? line.substring(0, max) + "…" : line;
    }

    @Bean
    FilterRegistrationBean<LifecycleCallbackFilter> lifecycleCallbackFilter() {
        FilterRegistrationBean<LifecycleCallbackFilter> registration = new FilterRegistrationBean<>(
                new LifecycleCallbackFilter(descriptor, tenants, production));
        // After ACSB's JWT filters, which put the verified install token in the security
        // context.
        registration.setOrder(AtlassianConnectProperties.DEFAULT_JWT_FILTER_ORDER + 10);
        return registration;
    }

    @Bean
    CallerResolver callerResolver() {
        return new CallerResolver(tenants);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new TenantAccessInterceptor(callerResolver(), descriptor, tenants, messages));
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(callerResolver());
    }

}
