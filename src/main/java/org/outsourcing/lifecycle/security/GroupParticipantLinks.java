package org.outsourcing.lifecycle.security;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.outsourcing.lifecycle.core.engine.GroupParticipants;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes a candidate group of a task a participant of its process instance, so that what a
 * group may see ("the process instances in which my group has or had a task") is a plain
 * {@code involvedGroups} query ({@link GroupParticipants}).
 */
@Configuration(proxyBeanMethods = false)
class GroupParticipantLinks {

	@Bean
	EngineConfigurationConfigurer<SpringProcessEngineConfiguration> candidateGroupsParticipate() {
		return GroupParticipants::linkCandidateGroups;
	}

}
