package org.outsourcing.lifecycle.security;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.flowable.common.engine.api.management.TableMetaData;
import org.flowable.engine.ManagementService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Flowable's table data endpoint ({@code /process-api/management/tables/{table}/data})
 * puts its order column into the SQL as it comes; H2 then ran any function an admin's (or
 * a stolen admin session's) request named, {@code FILE_READ} included. Only columns of
 * the table itself pass.
 */
class ManagementTableOrderFilter extends OncePerRequestFilter {

	private static final Pattern TABLE_DATA = Pattern.compile(".*/management/tables/([^/]+)/data/?");

	private static final List<String> ORDER_PARAMETERS = List.of("orderAscendingColumn", "orderDescendingColumn");

	private final ManagementService management;

	ManagementTableOrderFilter(ManagementService management) {
		this.management = management;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !TABLE_DATA.matcher(request.getRequestURI()).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Matcher table = TABLE_DATA.matcher(request.getRequestURI());
		if (table.matches()) {
			for (String parameter : ORDER_PARAMETERS) {
				String column = request.getParameter(parameter);
				if (column != null && !isColumnOf(table.group(1), column)) {
					response.setStatus(HttpStatus.BAD_REQUEST.value());
					response.setContentType(MediaType.APPLICATION_JSON_VALUE);
					response.getWriter()
						.write("{\"statusCode\": 400, \"errorMessage\": \"" + parameter
								+ " must be a column of the table\"}");
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

	private boolean isColumnOf(String tableName, String column) {
		TableMetaData table = this.management.getTableMetaData(tableName);
		return table != null && table.getColumnNames().stream().anyMatch(column::equalsIgnoreCase);
	}

}
