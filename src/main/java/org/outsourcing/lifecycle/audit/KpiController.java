package org.outsourcing.lifecycle.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.outsourcing.lifecycle.core.EngineTime;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/kpis?from=2026-01-01&to=2026-03-31} (ISO dates, both included, UTC).
 */
@RestController
class KpiController {

	private final EngagementKpis kpis;

	private final EngineTime time;

	KpiController(EngagementKpis kpis, EngineTime time) {
		this.kpis = kpis;
		this.time = time;
	}

	@GetMapping("/api/kpis")
	KpiReport kpis(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		LocalDate today = LocalDate.ofInstant(this.time.now(), ZoneOffset.UTC);
		return this.kpis.report(KpiRange.parse(from, to, today));
	}

}
