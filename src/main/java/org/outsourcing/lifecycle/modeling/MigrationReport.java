package org.outsourcing.lifecycle.modeling;

import java.util.List;

/**
 * For each instance of a migration: where it waits, whether it can move and if not why,
 * and whether it moved.
 */
public record MigrationReport(String processKey, int fromVersion, int toVersion, List<Instance> instances) {

	public boolean allMigratable() {
		return this.instances.stream().allMatch(Instance::migratable);
	}

	public long migrated() {
		return this.instances.stream().filter(Instance::migrated).count();
	}

	public record Instance(String processInstanceId, String engagementId, List<String> waitingAt, boolean migratable,
			List<String> problems, boolean migrated) {

		Instance asMigrated() {
			return new Instance(this.processInstanceId, this.engagementId, this.waitingAt, true, this.problems, true);
		}

	}

}
