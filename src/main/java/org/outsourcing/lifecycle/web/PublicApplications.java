package org.outsourcing.lifecycle.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.outsourcing.lifecycle.core.engine.EngineUser;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.audit.AuditEntryType;
import org.outsourcing.lifecycle.audit.AuditEvent;
import org.outsourcing.lifecycle.audit.AuditTrail;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.notification.Notifications;
import org.outsourcing.lifecycle.recruitment.ApplicationForm;
import org.outsourcing.lifecycle.recruitment.ApplicationIntake;
import org.outsourcing.lifecycle.recruitment.JobAd;
import org.outsourcing.lifecycle.recruitment.JobAds;
import org.outsourcing.lifecycle.recruitment.NewApplication;
import org.outsourcing.lifecycle.recruitment.RecruitmentVariables;
import org.outsourcing.lifecycle.security.AccountLinkProperties;
import org.outsourcing.lifecycle.security.ApplicantAccounts;
import org.outsourcing.lifecycle.security.PasswordLinks;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An application from the public careers page. The values are checked against
 * {@code forms/apply.form} first. A person whose e-mail address has no account yet gets
 * one (group {@code contractor}), the application is recorded under it, and a one-time
 * link to set a password is e-mailed through the outbox. An address that has an account
 * records nothing: its owner is e-mailed to sign in and apply, with a link to set a new
 * password. The page answers both alike, so it tells nobody which addresses have
 * accounts. All of it is one transaction: an application the ad refuses creates no
 * account.
 */
@Service
class PublicApplications {

	private final ApplicationForm form;

	private final JobAds ads;

	private final ApplicationIntake intake;

	private final ApplicantAccounts accounts;

	private final PasswordLinks links;

	private final Notifications notifications;

	private final AuditTrail audit;

	private final AccountLinkProperties properties;

	PublicApplications(ApplicationForm form, JobAds ads, ApplicationIntake intake, ApplicantAccounts accounts,
			PasswordLinks links, Notifications notifications, AuditTrail audit, AccountLinkProperties properties) {
		this.form = form;
		this.ads = ads;
		this.intake = intake;
		this.accounts = accounts;
		this.links = links;
		this.notifications = notifications;
		this.audit = audit;
		this.properties = properties;
	}

	/**
	 * @param values the page's fields, as text
	 * @throws org.outsourcing.lifecycle.forms.FormValidationException naming each field
	 * that is wrong; nothing is written
	 * @throws FlowableObjectNotFoundException when the engagement has no open ad
	 */
	@Transactional
	void apply(String engagementId, Map<String, Object> values) {
		this.form.check(values, true);
		JobAd ad = this.ads.openNow(engagementId)
			.orElseThrow(() -> new FlowableObjectNotFoundException("No open ad for '" + engagementId + "'"));
		String email = values.get(RecruitmentVariables.APPLICANT_EMAIL).toString().strip();
		String name = values.get(RecruitmentVariables.APPLICANT_NAME).toString().strip();
		Optional<String> existing = this.accounts.withEmail(email);
		if (existing.isPresent()) {
			remindToSignIn(ad, existing.get(), email);
			return;
		}
		String userId = this.accounts.create(name, email);
		record(ad, AuditEntryType.ACCOUNT_CREATED, userId,
				Map.of("userId", userId, "group", "contractor", "via", "careers page", "adId", ad.id()));
		NewApplication application = this.form.read(userId, values, true);
		asApplicant(userId, () -> this.intake.submit(engagementId, application));
		String link = this.links.issue(userId);
		this.notifications.about(ad.engagementId(), null, NotificationKind.INFORMATION)
			.toEmail(email)
			.send("Your application: set your password",
					"Thank you, " + name + ". Your application for '" + ad.headline() + "' is recorded, and an "
							+ "account was opened for you.\n\nUser name: " + userId + "\n\n"
							+ "Set your password with this link (it works once, for " + hours() + " hours):\n" + link
							+ "\n\n" + "Then sign in to follow your application and, if you are chosen, your tasks, "
							+ "contract and invoices.");
		record(ad, AuditEntryType.PASSWORD_LINK_SENT, userId, Map.of("userId", userId, "reason", "new account"));
	}

	/**
	 * A signed-in person applies as themselves: no account, no link; the inbox shows the
	 * application.
	 */
	@Transactional
	void applyAs(String userId, String engagementId, Map<String, Object> values) {
		NewApplication application = this.form.read(userId, values, true);
		this.ads.openNow(engagementId)
			.orElseThrow(() -> new FlowableObjectNotFoundException("No open ad for '" + engagementId + "'"));
		this.intake.submit(engagementId, application);
	}

	private void remindToSignIn(JobAd ad, String userId, String email) {
		String link = this.links.issue(userId);
		this.notifications.about(ad.engagementId(), null, NotificationKind.INFORMATION)
			.toEmail(email)
			.send("Your application: please sign in",
					"Someone, probably you, applied for '" + ad.headline() + "' with this address. It already "
							+ "belongs to an account, so nothing was submitted yet: sign in (user name: " + userId
							+ ") and apply again at " + this.properties.page("/careers/" + ad.engagementId())
							+ ".\n\nIf you forgot your password, set a new one with this link (it works once, for "
							+ hours() + " hours):\n" + link + "\n\nIf it was not you, ignore this e-mail.");
		record(ad, AuditEntryType.PASSWORD_LINK_SENT, userId,
				Map.of("userId", userId, "reason", "applied with the address of an existing account"));
	}

	private void record(JobAd ad, AuditEntryType type, String userId, Map<String, Object> details) {
		this.audit.record(AuditEvent.of(ad.engagementId(), type, CurrentUser.actorIdOr(userId), null,
				new LinkedHashMap<>(details)));
	}

	private long hours() {
		return this.properties.passwordLinkValidity().toHours();
	}

	/**
	 * The engine records the applicant as the one who sent the application, not the
	 * anonymous visitor; the request's own security context is put back afterwards.
	 */
	private static void asApplicant(String userId, Runnable action) {
		SecurityContext visitor = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
		EngineUser.set(userId);
		try {
			action.run();
		}
		finally {
			SecurityContextHolder.setContext(visitor);
		}
	}

}
