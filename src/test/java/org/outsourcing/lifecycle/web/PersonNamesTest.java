package org.outsourcing.lifecycle.web;

import org.flowable.engine.IdentityService;
import org.flowable.idm.api.User;
import org.flowable.idm.api.UserQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A page names people by their display name, and reads each person once per request
 * however often the page names them; outside a request every call reads the directory.
 */
class PersonNamesTest {

	private final IdentityService identities = mock(IdentityService.class);

	private final UserQuery query = mock(UserQuery.class);

	private final PersonNames names = new PersonNames(this.identities);

	@BeforeEach
	void directory() {
		when(this.identities.createUserQuery()).thenReturn(this.query);
		when(this.query.userId(anyString())).thenReturn(this.query);
	}

	@AfterEach
	void leaveTheRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void eachPersonIsReadOncePerRequest() {
		User owen = mock(User.class);
		when(owen.getDisplayName()).thenReturn("Owen Owner");
		when(this.query.singleResult()).thenReturn(owen);

		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
		assertThat(this.names.of("owner")).isEqualTo("Owen Owner");
		assertThat(this.names.of("owner")).isEqualTo("Owen Owner");
		verify(this.query, times(1)).singleResult();

		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
		assertThat(this.names.of("owner")).isEqualTo("Owen Owner");
		verify(this.query, times(2)).singleResult();
	}

	@Test
	void someoneWhoIsNoUserKeepsTheirId() {
		when(this.query.singleResult()).thenReturn(null);
		assertThat(this.names.of("system")).isEqualTo("system");
		assertThat(this.names.of(null)).isNull();
	}

}
