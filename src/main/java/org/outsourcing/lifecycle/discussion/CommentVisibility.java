package org.outsourcing.lifecycle.discussion;

/** Who reads a comment of an engagement's thread. */
public enum CommentVisibility {

	/** The company's people who may see the engagement. */
	COMPANY,
	/** Those and the engagement's contractor. */
	CONTRACTOR

}
