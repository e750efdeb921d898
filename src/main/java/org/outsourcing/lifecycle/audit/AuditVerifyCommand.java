package org.outsourcing.lifecycle.audit;

import java.io.PrintStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar outsourcing-lifecycle.jar --audit.verify
 * --spring.main.web-application-type=none}: verifies the audit chain of the configured
 * database, prints the result as JSON and exits with 0 when the chain is intact, 1 when
 * it is broken; for a scheduled check or an auditor without access to the web API.
 */
@Component
@ConditionalOnProperty("audit.verify")
class AuditVerifyCommand implements ApplicationRunner {

	private final AuditVerifier verifier;

	private final ObjectMapper json;

	private final ConfigurableApplicationContext context;

	AuditVerifyCommand(AuditVerifier verifier, ObjectMapper json, ConfigurableApplicationContext context) {
		this.verifier = verifier;
		this.json = json;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) throws JsonProcessingException {
		int exitCode = report(System.out);
		System.exit(SpringApplication.exit(this.context, () -> exitCode));
	}

	int report(PrintStream out) throws JsonProcessingException {
		ChainVerification result = this.verifier.verify();
		out.println(this.json.writeValueAsString(result));
		return result.valid() ? 0 : 1;
	}

}
