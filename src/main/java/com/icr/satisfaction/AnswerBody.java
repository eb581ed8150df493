package com.icr.satisfaction;

/** An asked person's answer: a rating from 1 to 5, whether the expectation was met, a comment. */
public record AnswerBody(Integer rating, String met, String comment) {
}
