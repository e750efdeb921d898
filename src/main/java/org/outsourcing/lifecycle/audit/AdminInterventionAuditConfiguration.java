package org.outsourcing.lifecycle.audit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts the intervention audit in front of Flowable's REST servlet, after Spring Security
 * (whose filter chain runs at order -100), so that the user is known.
 */
@Configuration(proxyBeanMethods = false)
class AdminInterventionAuditConfiguration {

	@Bean
	FilterRegistrationBean<AdminInterventionFilter> adminInterventionAudit(AdminInterventions interventions,
			AuditTrail trail, TransactionTemplate transactions,
			@Value("${flowable.process.servlet.path:/process-api}") String servletPath) {
		FilterRegistrationBean<AdminInterventionFilter> registration = new FilterRegistrationBean<>(
				new AdminInterventionFilter(interventions, trail, transactions, servletPath));
		registration.addUrlPatterns(servletPath + "/*");
		registration.setOrder(0);
		return registration;
	}

}
