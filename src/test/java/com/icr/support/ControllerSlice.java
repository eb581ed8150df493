package com.icr.support;

import com.icr.tenant.Caller;
import com.icr.tenant.Product;
import com.icr.tenant.TenantId;
import com.icr.web.ErrorMessages;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A {@code @WebMvcTest} slice of one or more controllers: their request mapping, argument
 * binding and the error mapping of {@code web.ApiExceptionHandler}, with everything
 * behind them mocked ({@code @MockBean}).
 * <ul>
 * <li>The Connect and Forge doors are left out (the {@code forge} package's token filter
 * is not scanned either): the {@code connect} package (JWT filter, lifecycle filter,
 * tenant interceptor, {@code CallerResolver}) is not scanned, ACSB's auto-configuration
 * is not part of a Web MVC slice, and MockMvc runs without servlet filters (Spring
 * Security's included).</li>
 * <li>Controllers get {@link #CALLER} where they take a {@link Caller}, as
 * {@code CallerResolver} would give them the verified JWT's.</li>
 * <li>{@link Clock} is fixed at {@link #NOW}; springdoc's configuration is left out.</li>
 * <li>The context starts from {@link Scan}, not from {@code Application}, whose
 * {@code @EnableJpaRepositories} would ask a web slice for the repositories and their
 * database.</li>
 * </ul>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = { "com\\.icr\\.connect\\..*", "com\\.icr\\.forge\\..*", "com\\.icr\\.web\\.OpenApiConfiguration" }))
@AutoConfigureMockMvc(addFilters = false)
@ContextConfiguration(classes = ControllerSlice.Scan.class)
@Import({ ControllerSlice.Support.class, ErrorMessages.class })
public @interface ControllerSlice {

    String ACCOUNT = "557058:slice-caller";

    Caller CALLER = new Caller(new TenantId("6f1c2a4e-0b7d-4c1e-9a53-5d2f8e7b9c10"), "slice-site", Product.JIRA,
            Optional.of(ACCOUNT));

    Instant NOW = Instant.parse("2026-11-15T10:00:00Z");

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value();

    /**
     * The application's component scan, filtered by the slice; nothing else of
     * {@code Application}. Neither this nor {@link Support} is a component: the
     * benchmarks start {@code Application} with the test classes on its class path, and
     * its scan must not find them.
     */
    @ComponentScan(basePackages = "com.icr",
            excludeFilters = { @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
                    @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class) })
    class Scan {

    }

    class Support implements WebMvcConfigurer {

        @Override
        public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
            resolvers.add(new HandlerMethodArgumentResolver() {
                @Override
                public boolean supportsParameter(MethodParameter parameter) {
                    return parameter.getParameterType().equals(Caller.class);
                }

                @Override
                public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav,
                        NativeWebRequest request, WebDataBinderFactory binders) {
                    return CALLER;
                }
            });
        }

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }

    }

}
