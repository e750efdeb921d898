package org.outsourcing.lifecycle.contract;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.flowable.common.engine.api.FlowableForbiddenException;
import org.flowable.common.rest.exception.FlowableConflictException;
import org.flowable.engine.IdentityService;
import org.flowable.idm.api.User;
import org.outsourcing.lifecycle.audit.AuditEntryType;
import org.outsourcing.lifecycle.audit.AuditEvent;
import org.outsourcing.lifecycle.audit.AuditTrail;
import org.outsourcing.lifecycle.core.CurrentUser;
import org.outsourcing.lifecycle.core.Engagement;
import org.outsourcing.lifecycle.core.EngagementNotFoundException;
import org.outsourcing.lifecycle.core.Engagements;
import org.outsourcing.lifecycle.core.Groups;

import org.springframework.stereotype.Service;

/**
 * Issues the signed contract of an engagement as a PDF, to the contractor who signed it
 * and to the company's people who answer for it, and records in the audit trail who
 * received which bytes (their SHA-256). A contractor who is no party to it is told
 * nothing of it (404); another role of the company is refused (403).
 */
@Service
public class ContractDocuments {

	/** The company's roles that read a signed contract. */
	public static final List<String> COMPANY_READERS = List.of(Groups.OWNER, Groups.LEGAL, Groups.LIAISON,
			Groups.FINANCE, Groups.AUDITOR, Groups.ADMIN);

	private final Contracts contracts;

	private final Engagements engagements;

	private final IdentityService identity;

	private final ContractPdf pdf;

	private final AuditTrail audit;

	ContractDocuments(Contracts contracts, Engagements engagements, IdentityService identity, ContractPdf pdf,
			AuditTrail audit) {
		this.contracts = contracts;
		this.engagements = engagements;
		this.identity = identity;
		this.pdf = pdf;
		this.audit = audit;
	}

	public ContractDocument issue(String engagementId, CurrentUser reader) {
		SignedContract contract = signedContract(engagementId, reader);
		byte[] bytes = this.pdf.render(contract);
		String sha256 = ContractPdf.sha256Hex(bytes);
		this.audit.record(AuditEvent.of(engagementId, AuditEntryType.CONTRACT_DOCUMENT_ISSUED, reader.id(),
				engagementId, Map.of("sha256", sha256, "issuedTo", reader.id(), "offerId", contract.offer().id(),
						"contractor", contract.offer().candidateUserId(), "bytes", bytes.length)));
		return new ContractDocument(engagementId, bytes, sha256);
	}

	/** The offer both parties signed, if the contract of the engagement is in force. */
	public Optional<ContractOffer> signedOffer(String engagementId) {
		return this.contracts.offers(engagementId)
			.stream()
			.filter((offer) -> offer.status() == OfferStatus.COUNTERSIGNED)
			.reduce((earlier, later) -> later);
	}

	private SignedContract signedContract(String engagementId, CurrentUser reader) {
		if (!reader.isContractor() && COMPANY_READERS.stream().noneMatch(reader::isIn)) {
			throw new FlowableForbiddenException(
					"The signed contract is for its contractor and the company's owner, legal, liaison, finance, "
							+ "auditors and admins");
		}
		Engagement engagement = this.engagements.find(engagementId)
			.orElseThrow(() -> new EngagementNotFoundException(engagementId));
		List<ContractOffer> offers = this.contracts.offers(engagementId);
		if (reader.isContractor()
				&& offers.stream().noneMatch((offer) -> offer.candidateUserId().equals(reader.id()))) {
			throw new EngagementNotFoundException(engagementId);
		}
		ContractOffer signed = signedOffer(engagementId)
			.orElseThrow(() -> new FlowableConflictException("The contract of engagement '" + engagementId
					+ "' is not signed by both parties yet (" + standing(offers)
					+ "); its document is issued once the contractor has signed and the owner countersigned"));
		if (reader.isContractor() && !signed.candidateUserId().equals(reader.id())) {
			throw new EngagementNotFoundException(engagementId);
		}
		ContractTerms terms = this.contracts.terms(engagementId).orElseThrow();
		Contracts.Drafting drafting = this.contracts.drafting(engagementId).orElseThrow();
		return new SignedContract(engagementId, engagement.title(), terms, signed, name(signed.candidateUserId()),
				name(signed.countersignedBy()), name(drafting.draftedBy()), drafting.draftedAt(),
				this.contracts.statementsOf(signed.id()));
	}

	private static String standing(List<ContractOffer> offers) {
		if (offers.isEmpty()) {
			return "no offer made yet";
		}
		return "the latest offer is " + offers.get(offers.size() - 1).status().name().toLowerCase().replace('_', ' ');
	}

	/**
	 * "Carla Contractor (contractor)", or the id alone when the directory has no name.
	 */
	private String name(String userId) {
		User user = this.identity.createUserQuery().userId(userId).singleResult();
		String name = (user != null) ? String.join(" ",
				List.of(nonNull(user.getFirstName()), nonNull(user.getLastName()))
					.stream()
					.filter((part) -> !part.isBlank())
					.toList())
				: "";
		return name.isBlank() ? userId : name + " (" + userId + ")";
	}

	private static String nonNull(String text) {
		return (text != null) ? text : "";
	}

}
