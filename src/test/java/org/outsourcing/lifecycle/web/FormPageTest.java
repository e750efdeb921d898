package org.outsourcing.lifecycle.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.outsourcing.lifecycle.forms.FormView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A read-only amount is shown with its currency, taken from the field its form names, and
 * that currency is then not shown again as a row of its own.
 */
class FormPageTest {

	private static final FormView.Field AMOUNT = new FormView.Field("invoiceAmount", "Amount", "money", false, true,
			null, Map.of(FormView.Field.CURRENCY_FIELD, "invoiceCurrency"), List.of());

	private static final FormView.Field CURRENCY = new FormView.Field("invoiceCurrency", "Currency", "text", false,
			true, null, Map.of(), List.of());

	private static final FormView FORM = new FormView(null, null, null, null, "payRetainerInvoice", "Pay invoice", null,
			List.of(AMOUNT, CURRENCY), List.of(), null, Map.of());

	@Test
	void aReadOnlyAmountShowsItsCurrencyOnce() {
		FormPage page = FormPage.of(FORM, Map.of("invoiceAmount", new BigDecimal("1500"), "invoiceCurrency", "EUR"),
				List.of(), (field) -> true);

		assertThat(page.contextFields()).extracting(FieldView::label, FieldView::display)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Amount", "1,500.00 EUR"));
	}

	@Test
	void aCurrencyTheReaderMayNotSeeIsNotShownWithTheAmount() {
		FormPage page = FormPage.of(FORM, Map.of("invoiceAmount", 1234.5, "invoiceCurrency", "EUR"), List.of(),
				"invoiceAmount"::equals);

		assertThat(page.contextFields()).extracting(FieldView::display).containsExactly("1,234.50");
	}

}
