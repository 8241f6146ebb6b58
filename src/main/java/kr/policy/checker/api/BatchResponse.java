package kr.policy.checker.api;

import java.util.List;

/**
 * Batch answer: one entry per case in request order, an {@link EvaluationResponse} or a {@link Problem}. The service
 * streams this shape (EvaluationService#evaluateBatch); the record describes it in the OpenAPI document.
 */
public record BatchResponse(List<Object> results) {
}
