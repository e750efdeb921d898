package org.outsourcing.lifecycle.engagement;

/**
 * The owner withdrew an engagement: published in the transaction that ends it, so that
 * each feature closes what it holds of it (the ad, the retainer, the contractor's
 * access).
 */
public record EngagementWithdrawn(String engagementId, String reason, String withdrawnBy) {

}
