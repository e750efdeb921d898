package org.outsourcing.lifecycle.security;

import org.flowable.idm.api.IdmIdentityService;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.OutsourcingLifecycleApplication;

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
	void createsOnlyTheAdminFromConfiguration() {
		try (ConfigurableApplicationContext context = application()
			.properties("lifecycle.security.admin-password=Correct-Horse-7")
			.run()) {
			IdmIdentityService identity = context.getBean(IdmIdentityService.class);
			assertThat(identity.checkPassword("admin", "Correct-Horse-7")).isTrue();
			assertThat(identity.checkPassword("admin", "demo")).isFalse();
			assertThat(identity.createUserQuery().userId("admin").memberOfGroup(Groups.ADMIN).count()).isEqualTo(1);
			assertThat(identity.createUserQuery().list()).extracting("id").containsExactly("admin");
			assertThat(identity.createGroupQuery().count()).isEqualTo(Groups.ALL.size());
		}
	}

	private static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(OutsourcingLifecycleApplication.class).profiles("prod", "test")
			.properties("server.port=0");
	}

}
