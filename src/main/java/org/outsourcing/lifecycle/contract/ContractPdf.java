package org.outsourcing.lifecycle.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Renders the contract (template {@code contract-document.html}, XHTML) to PDF with
 * openhtmltopdf. The same contract gives the same bytes: the document is dated by the
 * countersignature, not by the moment it is rendered, and its file identifier is derived
 * from its content, so that a hash recorded once identifies the document for good.
 */
@Component
class ContractPdf {

	static final String PRODUCER = "Outsourcing Lifecycle";

	/** The template's stylesheet; relative links in the template resolve against it. */
	private static final String STYLESHEET = "/documents/contract.css";

	private final ITemplateEngine templates;

	ContractPdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(SignedContract contract) {
		String html = this.templates.process("contract-document",
				new Context(Locale.ENGLISH, Map.of("contract", contract)));
		ByteArrayOutputStream rendered = new ByteArrayOutputStream();
		try {
			new PdfRendererBuilder().useFastMode().withHtmlContent(html, stylesheet()).toStream(rendered).run();
			return reproducible(rendered.toByteArray(), contract, html);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render the contract of " + contract.engagementId(), ex);
		}
	}

	/**
	 * Replaces what a renderer takes from the wall clock or chance (dates, file
	 * identifier) with what the contract itself decides.
	 */
	private static byte[] reproducible(byte[] pdf, SignedContract contract, String html) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			Calendar inForce = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
			inForce.setTimeInMillis(contract.inForceSince().toEpochMilli());
			PDDocumentInformation info = new PDDocumentInformation();
			info.setTitle("Contract: " + contract.title());
			info.setProducer(PRODUCER);
			info.setCreator(PRODUCER);
			info.setCreationDate(inForce);
			info.setModificationDate(inForce);
			document.setDocumentInformation(info);
			byte[] id = Arrays.copyOf(sha256(html.getBytes(StandardCharsets.UTF_8)), 16);
			COSArray ids = new COSArray();
			ids.add(new COSString(id));
			ids.add(new COSString(id));
			document.getDocument().getTrailer().setItem(COSName.ID, ids);
			ByteArrayOutputStream saved = new ByteArrayOutputStream();
			document.save(saved);
			return saved.toByteArray();
		}
	}

	private static String stylesheet() {
		return ContractPdf.class.getResource(STYLESHEET).toExternalForm();
	}

	static String sha256Hex(byte[] bytes) {
		return HexFormat.of().formatHex(sha256(bytes));
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
