package org.outsourcing.lifecycle.modeling;

import java.nio.charset.StandardCharsets;

/**
 * {@code jobAd} edited as an admin would in the modeler: a user task "Approve ad" between
 * writing and publishing the ad, first as just drawn (no form, group, due date or
 * deadline), then completed with what the rules ask for.
 */
final class EditedJobAd {

	private static final String DRAWN_TASK = """
			<userTask id="approveAd" name="Approve ad">
			      <incoming>toApproveAd</incoming>
			      <outgoing>toAdReadyJoin</outgoing>
			    </userTask>
			""";

	private static final String COMPLETE_TASK = """
			<userTask id="approveAd" name="Approve ad" flowable:candidateGroups="owner" flowable:formKey="writeAd" \
			flowable:dueDate="${deadlines.of(execution, 'adSla')}">
			      <incoming>toApproveAd</incoming>
			      <outgoing>toAdReadyJoin</outgoing>
			    </userTask>
			    <boundaryEvent id="approvalOverdue" name="Approval overdue" attachedToRef="approveAd">
			      <outgoing>toApprovalOverdueNoted</outgoing>
			      <timerEventDefinition>
			        <timeDuration>${deadlines.of(execution, 'adSla')}</timeDuration>
			      </timerEventDefinition>
			    </boundaryEvent>
			    <sequenceFlow id="toApprovalOverdueNoted" sourceRef="approvalOverdue" targetRef="approvalOverdueNoted" />
			    <endEvent id="approvalOverdueNoted" name="Approval overdue noted">
			      <incoming>toApprovalOverdueNoted</incoming>
			    </endEvent>
			""";

	private static final String DRAWN_DIAGRAM = """
			<bpmndi:BPMNShape id="approveAd_di" bpmnElement="approveAd">
			        <dc:Bounds x="200" y="600" width="100" height="80" />
			      </bpmndi:BPMNShape>
			      <bpmndi:BPMNEdge id="toApproveAd_di" bpmnElement="toApproveAd">
			        <di:waypoint x="250" y="160" />
			        <di:waypoint x="250" y="600" />
			      </bpmndi:BPMNEdge>
			""";

	private static final String COMPLETE_DIAGRAM = DRAWN_DIAGRAM + """
			      <bpmndi:BPMNShape id="approvalOverdue_di" bpmnElement="approvalOverdue">
			        <dc:Bounds x="232" y="662" width="36" height="36" />
			      </bpmndi:BPMNShape>
			      <bpmndi:BPMNShape id="approvalOverdueNoted_di" bpmnElement="approvalOverdueNoted">
			        <dc:Bounds x="232" y="760" width="36" height="36" />
			      </bpmndi:BPMNShape>
			      <bpmndi:BPMNEdge id="toApprovalOverdueNoted_di" bpmnElement="toApprovalOverdueNoted">
			        <di:waypoint x="250" y="698" />
			        <di:waypoint x="250" y="760" />
			      </bpmndi:BPMNEdge>
			""";

	private EditedJobAd() {
	}

	/** The task as just drawn: every rule for user tasks broken. */
	static byte[] drawn() {
		return edit(DRAWN_TASK, DRAWN_DIAGRAM);
	}

	/** The task with a form, a group, a due date and a deadline timer. */
	static byte[] completed() {
		return edit(COMPLETE_TASK, COMPLETE_DIAGRAM);
	}

	private static byte[] edit(String task, String diagram) {
		String model = ModelFiles.model("jobAd");
		model = replaceOnce(model, "<outgoing>toAdReadyJoin</outgoing>", "<outgoing>toApproveAd</outgoing>");
		model = replaceOnce(model, "<sequenceFlow id=\"toAdReadyJoin\" sourceRef=\"writeAd\"",
				"<sequenceFlow id=\"toApproveAd\" sourceRef=\"writeAd\" targetRef=\"approveAd\" />\n    " + task
						+ "    <sequenceFlow id=\"toAdReadyJoin\" sourceRef=\"approveAd\"");
		model = replaceOnce(model, "</bpmndi:BPMNPlane>", diagram + "    </bpmndi:BPMNPlane>");
		return model.getBytes(StandardCharsets.UTF_8);
	}

	private static String replaceOnce(String text, String what, String with) {
		int at = text.indexOf(what);
		if (at < 0 || text.indexOf(what, at + 1) >= 0) {
			throw new IllegalStateException("jobAd.bpmn20.xml no longer holds '" + what + "' exactly once");
		}
		return text.substring(0, at) + with + text.substring(at + what.length());
	}

}
