package org.unkg.model;

import java.util.List;

/**
 * Something that happened (or is proposed to happen) to a body or state.
 *
 * @param type         one of the event types of the gold schema: {@code establishment}, {@code extension},
 *                     {@code closure}, {@code withdrawal}, {@code mandate-start}, {@code mandate-end},
 *                     {@code merger}, {@code renaming}, {@code meeting}, {@code observer-status},
 *                     {@code signature}, {@code entry-into-force}, {@code registration}, {@code election},
 *                     {@code independence}, {@code report}
 * @param entity       catalog key (org key or ISO3) of the body or state it concerns
 * @param date         when it takes effect as the text states it; the letter's date when none is stated; null when
 *                     neither is (an intention stated in a letter without a date: an undated event)
 * @param endDate      end of the period for period events (a mandate until ...), or null
 * @param status       {@code proposed}, {@code decided}, {@code announced}, {@code noted}, {@code requested}, {@code welcomed}, {@code agreed}, or null
 * @param participants keys of other bodies or states involved (meeting participants, partners)
 */
public record Event(String type, String entity, DateValue date, DateValue endDate, String status,
                    List<String> participants, Span span) {}
