package org.parley.question;

import org.parley.testing.SeededTestBase;

/** The seed graph loaded before each question test, and one-shot runs of Parley against it. */
abstract class QuestionTestBase extends SeededTestBase {
}
