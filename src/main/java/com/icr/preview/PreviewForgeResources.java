package com.icr.preview;

import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The assets of the pages' Forge form ({@code /preview/forge/<page>/assets/...}), from
 * the Custom UI resources the build writes into the classpath's {@code forge/} folder,
 * which Forge itself serves in production.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(PreviewActivation.class)
class PreviewForgeResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/preview/forge/*/assets/**").addResourceLocations("classpath:/forge/");
    }

}
