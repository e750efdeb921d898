package org.outsourcing.lifecycle.support;

import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;

import org.flowable.common.engine.impl.runtime.Clock;

/**
 * A clock that keeps ticking after a test moves it. Flowable's own clock freezes at the
 * time a test sets, which gives every later step the same timestamp and makes the order
 * of history ambiguous.
 */
class OffsetClock implements Clock {

	private volatile long offsetMillis;

	@Override
	public void setCurrentTime(Date currentTime) {
		this.offsetMillis = currentTime.getTime() - System.currentTimeMillis();
	}

	@Override
	public void setCurrentCalendar(Calendar currentTime) {
		setCurrentTime(currentTime.getTime());
	}

	@Override
	public void reset() {
		this.offsetMillis = 0;
	}

	@Override
	public Date getCurrentTime() {
		return new Date(System.currentTimeMillis() + this.offsetMillis);
	}

	@Override
	public Calendar getCurrentCalendar() {
		return getCurrentCalendar(getCurrentTimeZone());
	}

	@Override
	public Calendar getCurrentCalendar(TimeZone timeZone) {
		Calendar calendar = Calendar.getInstance(timeZone);
		calendar.setTime(getCurrentTime());
		return calendar;
	}

	@Override
	public TimeZone getCurrentTimeZone() {
		return TimeZone.getDefault();
	}

}
