package org.outsourcing.lifecycle.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.outsourcing.lifecycle.audit.AuditEntry;
import org.outsourcing.lifecycle.audit.AuditExport;
import org.outsourcing.lifecycle.audit.AuditTrail;
import org.outsourcing.lifecycle.audit.EngagementKpis;
import org.outsourcing.lifecycle.audit.InvalidParameterException;
import org.outsourcing.lifecycle.audit.KpiRange;
import org.outsourcing.lifecycle.audit.KpiReport;
import org.outsourcing.lifecycle.core.EngineTime;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * For auditors and owners: an engagement's audit trail as a table with its exports, and
 * the KPIs as charts.
 */
@Controller
class AuditPageController {

	private final AuditTrail trail;

	private final AuditExport export;

	private final EngagementOverview overview;

	private final EngagementKpis kpis;

	private final EngineTime time;

	private final AuditTimeline timeline;

	AuditPageController(AuditTrail trail, AuditExport export, EngagementOverview overview, EngagementKpis kpis,
			EngineTime time, AuditTimeline timeline) {
		this.timeline = timeline;
		this.trail = trail;
		this.export = export;
		this.overview = overview;
		this.kpis = kpis;
		this.time = time;
	}

	@GetMapping("/engagements/{engagementId}/audit")
	String audit(@PathVariable String engagementId, @RequestParam(required = false) String type,
			@RequestParam(required = false) String who, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model, HttpServletResponse response) {
		EngagementSummary engagement = this.overview.find(engagementId)
			.orElseThrow(
					() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no engagement " + engagementId));
		model.addAttribute("engagement", engagement);
		model.addAttribute("filter",
				Map.of("type", value(type), "who", value(who), "from", value(from), "to", value(to)));
		AuditFilter filter;
		try {
			filter = AuditFilter.parse(type, who, from, to);
		}
		catch (AuditFilter.InvalidFilterException ex) {
			// the filter stays as typed, with the reason next to it; nothing is listed
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", ex.getMessage());
			model.addAttribute("invalid", ex.parameter());
			filter = null;
		}
		AuditTimeline.View view = this.timeline.of(this.trail.entriesOf(engagementId),
				(filter != null) ? filter : AuditFilter.EVERYTHING);
		model.addAttribute("timeline", (filter != null) ? view : view.withoutEntries());
		model.addAttribute("filtered", filter == null || !filter.isEverything());
		return "audit";
	}

	private static String value(String parameter) {
		return (parameter != null) ? parameter : "";
	}

	@GetMapping("/engagements/{engagementId}/audit.csv")
	ResponseEntity<String> csv(@PathVariable String engagementId) {
		return file(engagementId, "csv", MediaType.parseMediaType("text/csv;charset=UTF-8"),
				this.export.csv(entries(engagementId)));
	}

	@GetMapping("/engagements/{engagementId}/audit.jsonl")
	ResponseEntity<String> jsonLines(@PathVariable String engagementId) {
		return file(engagementId, "jsonl", MediaType.parseMediaType("application/x-ndjson;charset=UTF-8"),
				this.export.jsonLines(entries(engagementId)));
	}

	@GetMapping("/kpis")
	String kpis(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model,
			HttpServletResponse response) {
		LocalDate today = LocalDate.ofInstant(this.time.now(), ZoneOffset.UTC);
		KpiRange range;
		try {
			range = KpiRange.parse(from, to, today);
		}
		catch (InvalidParameterException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", ex.getMessage());
			model.addAttribute("from", from);
			model.addAttribute("to", to);
			return "kpis";
		}
		KpiReport report = this.kpis.report(range);
		model.addAttribute("from", range.from().toString());
		model.addAttribute("to", range.to().toString());
		model.addAttribute("report", report);
		model.addAttribute("charts", charts(report));
		return "kpis";
	}

	private List<AuditEntry> entries(String engagementId) {
		if (this.overview.find(engagementId).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no engagement " + engagementId);
		}
		return this.trail.entriesOf(engagementId);
	}

	private static ResponseEntity<String> file(String engagementId, String extension, MediaType type, String body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"engagement-" + engagementId + "-audit." + extension + "\"")
			.body(body);
	}

	static List<BarChart> charts(KpiReport report) {
		List<BarChart> charts = new ArrayList<>();
		KpiReport.EngagementCounts counts = report.engagements();
		charts.add(BarChart.titled("Engagements", "engagements")
			.bar("Started", counts.started())
			.bar("Hired", counts.hired())
			.bar("Completed", counts.completed())
			.bar("Refused", counts.refused())
			.build());
		KpiReport.TimeToHire hire = report.timeToHire();
		BarChart.Builder timeToHire = BarChart.titled("Time to hire (define the work → contract signed)", "days");
		if (hire.hires() > 0) {
			timeToHire.bar("Median", hire.medianDays(), hire.medianDays() + " days", "primary")
				.bar("90th percentile", hire.p90Days(), hire.p90Days() + " days", "warning");
		}
		charts.add(timeToHire.build());
		KpiReport.TrialResults trials = report.trials();
		charts.add(BarChart
			.titled("Trial tasks"
					+ ((trials.passRate() != null) ? " (pass rate " + Math.round(trials.passRate() * 100) + " %)" : ""),
					"trials")
			.bar("Accepted", trials.accepted(), String.valueOf(trials.accepted()), "good")
			.bar("Rejected", trials.rejected(), String.valueOf(trials.rejected()), "warning")
			.bar("Failed", trials.failed(), String.valueOf(trials.failed()), "bad")
			.build());
		BarChart.Builder breached = BarChart.titled("Deadlines breached, by stage", "timers fired");
		report.deadlinesBreachedByStage().forEach((stage, count) -> breached.bar(stage, count));
		charts.add(breached.build());
		BarChart.Builder load = BarChart.titled("Open tasks by group (now; overdue in red)", "tasks");
		for (Map.Entry<String, KpiReport.TaskLoad> group : report.tasksByGroup().entrySet()) {
			load.bar(group.getKey() + ": open", group.getValue().open(), String.valueOf(group.getValue().open()),
					"primary");
			load.bar(group.getKey() + ": overdue", group.getValue().overdue(),
					String.valueOf(group.getValue().overdue()), "bad");
		}
		charts.add(load.build());
		return charts;
	}

}
