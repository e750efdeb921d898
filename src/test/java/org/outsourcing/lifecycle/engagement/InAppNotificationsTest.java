package org.outsourcing.lifecycle.engagement;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.notification.NotificationKind;
import org.outsourcing.lifecycle.notification.Notifications;
import org.outsourcing.lifecycle.support.EngineDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "What is new for me", with two recruiters and an engagement run by its model: a task
 * offered to their group is news for both, a task given to one is news for that one only,
 * marking read changes only one's own count (also when requests race), what the outbox
 * mails a person is in the application too, a comment is news for the engagement's
 * people, and a task soon due is news for who holds it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InAppNotificationsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	LifecycleDriver lifecycle;

	@Autowired
	EngineDriver engine;

	@Autowired
	TaskService tasks;

	@Autowired
	Notifications outbox;

	@Autowired
	TransactionTemplate transaction;

	@AfterEach
	void resetClock() {
		this.engine.resetClock();
	}

	@Test
	void aGroupTaskIsNewsForEveryMemberAndAnAssignmentOnlyForTheAssignee() throws Exception {
		long before = unread("recruiter");
		long beforeOther = unread("recruiter2");
		long beforeOwner = unread("owner");
		String engagement = this.lifecycle.start(LifecycleDriver.definition("none", false)).getId();
		Task writeAd = this.engine.task(engagement, "writeAd");
		String offered = "Task offered to recruiter: Write ad";
		assertThat(feed("recruiter")).contains(offered, "/tasks/" + writeAd.getId());
		assertThat(feed("recruiter2")).contains(offered);
		assertThat(unread("recruiter")).isEqualTo(before + 1);
		assertThat(unread("recruiter2")).isEqualTo(beforeOther + 1);
		assertThat(unread("owner")).as("not the owner's group").isEqualTo(beforeOwner);

		CurrentUser.actingAs("admin", () -> this.tasks.setAssignee(writeAd.getId(), "recruiter"));
		assertThat(feed("recruiter")).contains("New task for you: Write ad");
		assertThat(unread("recruiter")).isEqualTo(before + 2);
		assertThat(feed("recruiter2")).doesNotContain("New task for you: Write ad");
		assertThat(unread("recruiter2")).isEqualTo(beforeOther + 1);
		assertThat(page("/notifications", "recruiter")).contains("New task for you: Write ad", "Mark all read");
		assertThat(page("/", "recruiter")).contains("id=\"unread-count\">" + (before + 2) + "<");

		// someone else's item is as unknown as a missing one
		long ownId = firstId("recruiter", "New task for you: Write ad");
		this.mvc.perform(post("/api/notifications/" + ownId + "/read").with(as("recruiter2")))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/notifications/" + ownId + "/read").with(as("recruiter")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/api/notifications/" + ownId + "/read").with(as("recruiter")))
			.andExpect(status().isNoContent());
		assertThat(unread("recruiter")).isEqualTo(before + 1);
		assertThat(unread("recruiter2")).as("marking one's own item read leaves others' alone")
			.isEqualTo(beforeOther + 1);

		// the group's item is read per member
		long groupItem = firstId("recruiter2", offered);
		this.mvc.perform(post("/api/notifications/" + groupItem + "/read").with(as("recruiter2")))
			.andExpect(status().isNoContent());
		assertThat(unread("recruiter2")).isEqualTo(beforeOther);
		assertThat(unread("recruiter")).isEqualTo(before + 1);
	}

	@Test
	void whatTheOutboxMailsAPersonAndCommentsAreNewsAndMarkingAllReadRacesSafely() throws Exception {
		String engagement = this.lifecycle.start(LifecycleDriver.definition("none", false)).getId();
		this.transaction
			.executeWithoutResult((status) -> this.outbox.about(engagement, engagement, NotificationKind.REJECTION)
				.toUser("contractor3")
				.send("Your application", "Thank you; we chose another candidate."));
		assertThat(feed("contractor3")).contains("Your application", "we chose another candidate");
		assertThat(feed("contractor2")).doesNotContain("Your application");

		this.mvc
			.perform(post("/api/engagements/" + engagement + "/comments").contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"Budget approved\"}")
				.with(as("recruiter")))
			.andExpect(status().isCreated());
		assertThat(feed("liaison")).contains("recruiter commented on", "Budget approved",
				"/engagements/" + engagement + "#comments-engagement");
		assertThat(feed("recruiter")).doesNotContain("recruiter commented on");

		assertThat(unread("liaison")).isGreaterThan(0);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Integer>> marks = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				Callable<Integer> mark = () -> this.mvc.perform(post("/api/notifications/read").with(as("liaison")))
					.andReturn()
					.getResponse()
					.getStatus();
				marks.add(pool.submit(mark));
			}
			for (Future<Integer> mark : marks) {
				assertThat(mark.get()).isEqualTo(204);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(unread("liaison")).isZero();
	}

	@Test
	void aTaskSoonDueIsNewsForWhoHoldsIt() throws Exception {
		String engagement = this.lifecycle.start(LifecycleDriver.definition("none", false)).getId();
		Task writeAd = this.engine.task(engagement, "writeAd");
		CurrentUser.actingAs("recruiter", () -> this.tasks.claim(writeAd.getId(), "recruiter"));
		assertThat(items("recruiter", "TASK_ASSIGNED", "/tasks/" + writeAd.getId()))
			.as("taking a task oneself is no news")
			.isZero();
		this.engine.passTime(java.time.Duration
			.between(this.engine.clock().getCurrentTime().toInstant(), writeAd.getDueDate().toInstant())
			.minusHours(2));
		long count = unread("recruiter");
		assertThat(feed("recruiter")).contains("Due soon: Write ad");
		assertThat(unread("recruiter")).as("noticed once").isEqualTo(count);
		assertThat(items("recruiter", "DUE_SOON", "/tasks/" + writeAd.getId())).isOne();
		assertThat(items("recruiter2", "DUE_SOON", "/tasks/" + writeAd.getId())).isZero();
	}

	private String feed(String name) throws Exception {
		return page("/api/notifications", name);
	}

	private long unread(String name) throws Exception {
		return ((Number) JsonPath.read(feed(name), "$.unread")).longValue();
	}

	private int items(String name, String kind, String link) throws Exception {
		List<Object> items = JsonPath.read(feed(name),
				"$.items[?(@.kind == '" + kind + "' && @.link == '" + link + "')]");
		return items.size();
	}

	private long firstId(String name, String subject) throws Exception {
		List<Number> ids = JsonPath.read(feed(name), "$.items[?(@.subject == '" + subject + "')].id");
		return ids.get(0).longValue();
	}

	private String page(String path, String name) throws Exception {
		return this.mvc.perform(get(path).with(as(name)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static RequestPostProcessor as(String name) {
		return user(name).authorities(() -> "GROUP_" + name.replaceAll("\\d+$", ""));
	}

}
