package org.parley.cli;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a command option accepts, declared beside its {@code @Option}, so that the command line is checked before
 * anything starts (no Spring context, no database) and a usage error answers at once: {@code @Accepts(Value.DATE)},
 * {@code @Accepts(Value.FORMAT)}, {@code @Accepts(Value.PERIOD)}, {@code @Accepts(Value.COUNT)}, {@code @Accepts(Value.DAY)} (a recorded fact's day),
 * {@code @Accepts(words = {"include", "only", "exclude"})}, or for a
 * confirmation flag {@code @Accepts(confirms = "seed reset deletes all data before reloading")}. The checks and their
 * messages are {@link CommonOptions}', the same the command applies when it runs.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Accepts {

	/** A kind of value with its own rule. */
	Value value() default Value.ANY;

	/**
	 * For a confirmation flag ({@code --yes}): what the command does, said when the flag is missing, e.g.
	 * "seed reset deletes all data before reloading" gives "...; add --yes to confirm".
	 */
	String confirms() default "";

	/**
	 * The words the value must be one of (any case), checked before anything starts, e.g.
	 * {@code @Accepts(words = {"include", "only", "exclude"})}; the usage line shows them as {@code include|only|exclude}
	 * unless {@link #shown} says otherwise.
	 */
	String[] words() default {};

	/**
	 * What the usage line shows for the value when the kind or the words do not say it, e.g. {@code CODE} for a side
	 * given by its code; for words, the ones worth showing (a default one left out).
	 */
	String shown() default "";

	/** Kinds of values checked by one rule everywhere. */
	enum Value {
		/** Anything (the command checks it). */
		ANY,
		/** A day by the one date rule: {@code YYYY-MM-DD}, or {@code today}. */
		DATE,
		/** The day of a recorded fact (a curation or ingest command): {@code YYYY-MM-DD} only. */
		DAY,
		/** An output format: table, csv, json, markdown ({@code md}) or html. */
		FORMAT,
		/** A length of period: month, quarter or year. */
		PERIOD,
		/** A count of rows, 1 or more ({@code --limit}). */
		COUNT
	}
}
