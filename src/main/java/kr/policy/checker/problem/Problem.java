package kr.policy.checker.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} lists what exactly is wrong: invalid input fields
 * ({@link FieldError}) or, for a refused rule reload, broken rule files ({@code {file, line, message}}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(String type, String title, int status, String detail, List<?> errors) {
}
