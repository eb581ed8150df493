package com.icr.tenant;

import com.atlassian.connect.spring.AtlassianHostRepository;
import com.atlassian.connect.spring.internal.AtlassianConnectProperties;
import com.atlassian.connect.spring.internal.auth.LifecycleURLHelper;
import com.atlassian.connect.spring.internal.auth.jwt.JwtAuthenticationFilter;
import com.atlassian.connect.spring.internal.descriptor.AddonDescriptorLoader;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.security.authentication.AuthenticationManager;
import java.util.List;
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
 * The one place where ACSB 2.2.1's defects are fixed (CONNECT-NOTES, "ACSB pitfalls"):
 * <ol>
 *   <li>its error controller breaks on Boot 2.7: removed, {@code web.JsonErrorController} answers instead;</li>
 *   <li>its own descriptor endpoint serves the raw file: removed, {@link DescriptorController} serves one
 *       descriptor per product;</li>
 *   <li>unsigned installs: {@code atlassian.connect.allow-symmetric-auth-install-callback=false} in
 *       application.yml, and {@link LifecycleCallbackFilter} requires an RS256 signature;</li>
 *   <li>first installs without {@code qsh} or with {@code iss} other than the client key, or for another app
 *       key: {@link LifecycleCallbackFilter};</li>
 *   <li>JWTs without {@code qsh}, context tokens outside {@code /api}, uninstalled and disabled sites:
 *       {@link TenantAccessInterceptor};</li>
 *   <li>a 500 for context tokens whose user has no {@code userKey} (GDPR mode): {@link GdprContextTolerance}
 *       inside ACSB's own JWT filter, registered here in place of ACSB's registration.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
class ConnectHardening implements WebMvcConfigurer {

    private final Tenants tenants;
    private final AppDescriptor descriptor;

    ConnectHardening(Tenants tenants, AppDescriptor descriptor) {
        this.tenants = tenants;
        this.descriptor = descriptor;
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
            }

            @Override
            public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            }
        };
    }

    @Bean
    FilterRegistrationBean<JwtAuthenticationFilter> jwtAuthenticationFilter(AuthenticationManager authenticationManager,
            AtlassianHostRepository hosts, AddonDescriptorLoader addonDescriptorLoader, AtlassianConnectProperties properties,
            ServerProperties serverProperties, LifecycleURLHelper lifecycleURLHelper) {
        FilterRegistrationBean<JwtAuthenticationFilter> registration = new FilterRegistrationBean<>(new JwtAuthenticationFilter(
                new GdprContextTolerance(authenticationManager, hosts), addonDescriptorLoader, properties, serverProperties, lifecycleURLHelper));
        registration.setOrder(properties.getJwtFilterOrder());
        return registration;
    }

    @Bean
    FilterRegistrationBean<LifecycleCallbackFilter> lifecycleCallbackFilter() {
        FilterRegistrationBean<LifecycleCallbackFilter> registration =
                new FilterRegistrationBean<>(new LifecycleCallbackFilter(descriptor, tenants));
        // After ACSB's JWT filters, which put the verified install token in the security context.
        registration.setOrder(AtlassianConnectProperties.DEFAULT_JWT_FILTER_ORDER + 10);
        return registration;
    }

    @Bean
    CallerResolver callerResolver() {
        return new CallerResolver(tenants);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new TenantAccessInterceptor(callerResolver(), descriptor));
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(callerResolver());
    }
}
