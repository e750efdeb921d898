package org.outsourcing.lifecycle.core;

import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The IANA time zones a person chooses theirs from (the options of the forms' time-zone
 * fields), in alphabetical order; each id is its own name.
 */
@Component("timeZones")
public class TimeZones {

	private static final List<String> ALL = ZoneId.getAvailableZoneIds().stream().sorted().toList();

	public List<String> all() {
		return ALL;
	}

}
