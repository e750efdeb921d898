package org.outsourcing.lifecycle.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.flowable.idm.api.IdmIdentityService;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.OutsourcingLifecycleApplication;
import org.outsourcing.lifecycle.core.Groups;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code prod} profile: an admin password from configuration, and no demo users. */
class ProductionProfileTest {

	@Test
	void refusesToStartWithoutAnAdminPassword() {
		assertThatThrownBy(() -> application().run().close()).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("lifecycle.security.admin-password");
	}

	@Test
	void createsOnlyTheAdminFromConfiguration() throws Exception {
		try (ConfigurableApplicationContext context = application()
			.properties("lifecycle.security.admin-password=Correct-Horse-7")
			.run()) {
			IdmIdentityService identity = context.getBean(IdmIdentityService.class);
			assertThat(identity.checkPassword("admin", "Correct-Horse-7")).isTrue();
			assertThat(identity.checkPassword("admin", "demo")).isFalse();
			assertThat(identity.createUserQuery().userId("admin").memberOfGroup(Groups.ADMIN).count()).isEqualTo(1);
			assertThat(identity.createUserQuery().list()).extracting("id").containsExactly("admin");
			assertThat(identity.createGroupQuery().count()).isEqualTo(Groups.ALL.size());
			// issue 11: browsers keep to HTTPS once they have seen the production site
			HttpResponse<String> login = HttpClient.newHttpClient()
				.send(HttpRequest
					.newBuilder(URI.create(
							"http://localhost:" + context.getEnvironment().getProperty("local.server.port") + "/login"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(login.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
					(hsts) -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
		}
	}

	private static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(OutsourcingLifecycleApplication.class).profiles("prod", "test")
			.properties("server.port=0");
	}

}
