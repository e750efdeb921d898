package org.outsourcing.lifecycle.security;

import org.flowable.engine.ManagementService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link ManagementTableOrderFilter} on Flowable's management tables, after
 * Spring Security (which lets only admins reach them).
 */
@Configuration(proxyBeanMethods = false)
class ManagementTableOrderConfiguration {

	@Bean
	FilterRegistrationBean<ManagementTableOrderFilter> managementTableOrder(ManagementService management) {
		FilterRegistrationBean<ManagementTableOrderFilter> registration = new FilterRegistrationBean<>(
				new ManagementTableOrderFilter(management));
		registration.addUrlPatterns(ProcessApiAuthorization.BASE + "/management/tables/*");
		return registration;
	}

}
