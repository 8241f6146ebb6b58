package kr.policy.checker.api;

import java.util.List;

/** Batch answer: one entry per case in request order, an {@link EvaluationResponse} or a {@link Problem}. */
public record BatchResponse(List<Object> results) {
}
