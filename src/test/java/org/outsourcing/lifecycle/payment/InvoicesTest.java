package org.outsourcing.lifecycle.payment;

import java.math.BigDecimal;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.support.ApiClient;
import org.outsourcing.lifecycle.support.ApiClient.Response;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An invoice is approved or rejected once and paid once; anything else is refused and
 * changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InvoicesTest {

	@LocalServerPort
	int port;

	@Autowired
	Invoices invoices;

	@Test
	void anInvoiceIsApprovedThenPaidOnce() {
		Invoice issued = this.invoices.issue("invoices-" + System.nanoTime(), InvoiceKind.TRIAL_FEE, "Trial task",
				new BigDecimal("250"), "USD", "system");
		this.invoices.approve(issued.id(), "finance", "Delivered");
		Invoice paid = this.invoices.pay(issued.id(), "finance", "TRF-1");

		assertThatThrownBy(() -> this.invoices.pay(issued.id(), "finance", "TRF-2"))
			.isInstanceOf(InvoiceStateException.class)
			.hasMessageContaining("is paid, so it cannot be paid");
		assertThatThrownBy(() -> this.invoices.reject(issued.id(), "finance", "Too late"))
			.isInstanceOf(InvoiceStateException.class)
			.hasMessageContaining("approved or rejected only once");
		assertThat(this.invoices.find(issued.id())).isEqualTo(paid);
		assertThat(paid.amount()).isEqualByComparingTo("250.00");
		assertThat(paid.paymentReference()).isEqualTo("TRF-1");
	}

	@Test
	void aRejectedInvoiceCannotBePaidAndAnUnknownOneIsNotFound() {
		Invoice issued = this.invoices.issue("invoices-" + System.nanoTime(), InvoiceKind.RETAINER_MONTH, "March",
				new BigDecimal("1500.00"), "USD", "system");
		this.invoices.reject(issued.id(), "finance", "Hours not agreed");

		assertThatThrownBy(() -> this.invoices.pay(issued.id(), "finance", "X"))
			.isInstanceOf(InvoiceStateException.class)
			.hasMessageContaining("is rejected");
		assertThatThrownBy(() -> this.invoices.pay(987654321L, "finance", "X"))
			.isInstanceOf(InvoiceNotFoundException.class)
			.hasMessage("No invoice with id 987654321");
		assertThatThrownBy(() -> this.invoices.issue("e", InvoiceKind.FINAL, "x", BigDecimal.ZERO, "USD", "system"))
			.isInstanceOf(FlowableIllegalArgumentException.class)
			.hasMessageContaining("amount: must be more than zero");
		assertThatThrownBy(() -> this.invoices.issue("e", InvoiceKind.FINAL, "x", BigDecimal.TEN, "dollars", "system"))
			.isInstanceOf(FlowableIllegalArgumentException.class)
			.hasMessageContaining("currency: must be a three-letter ISO 4217 code");
		assertThat(this.invoices.forEngagement("e")).isEmpty();
		assertThat(this.invoices.find(issued.id()).status()).isEqualTo(InvoiceStatus.REJECTED);
	}

	@Test
	void financeReadsInvoicesAndAnUnknownOneIs404() {
		Invoice issued = this.invoices.issue("invoices-" + System.nanoTime(), InvoiceKind.FINAL, "Final invoice",
				new BigDecimal("99.50"), "EUR", "system");

		Response found = new ApiClient(this.port, "finance", "demo").get("/api/invoices/" + issued.id());
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.json().path("amount").decimalValue()).isEqualByComparingTo("99.50");
		Response unknown = new ApiClient(this.port, "finance", "demo").get("/api/invoices/987654321");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().path("detail").asText()).isEqualTo("No invoice with id 987654321");
		assertThat(new ApiClient(this.port, "contractor", "demo").get("/api/invoices/" + issued.id()).status())
			.isEqualTo(403);
	}

}
