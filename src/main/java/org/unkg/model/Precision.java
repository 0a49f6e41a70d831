package org.unkg.model;

/** How much of a date a text states: a year, a month of a year, or a day. */
public enum Precision { YEAR, MONTH, DAY }
